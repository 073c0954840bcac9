#!/usr/bin/env bash
# Runs the Windows build's tests under Wine: usage wine-tests.sh BUILD_DIR [ctest arguments].
# They run as a Windows user with a Cyrillic name (C:\users\Мария), so every temporary file, database and
# %LOCALAPPDATA% path the tests make lies under a Cyrillic folder. The sync tests start the build machine's
# partnerdesk-server on loopback (Wine starts Linux programs too: server/testing/ServerProcess.cpp says how) and
# verify its TLS certificate through Schannel with the CA file the test chose. A test that finished but does
# not exit is stopped after a minute (wine-run.sh). Prints the counts; exits non-zero if a test failed.
set -euo pipefail
source "$(dirname "$0")/common.sh"

build=${1:?usage: wine-tests.sh BUILD_DIR [ctest arguments]}
shift

# A prefix of its own for the tests, made fresh: nothing left from an earlier run counts.
export WINEPREFIX=$PD_WIN_CACHE/wine-tests
export USER=Мария LOGNAME=Мария
pd_wine_env
rm -rf "$WINEPREFIX"
say "Making a Wine prefix for the user Мария ($WINEPREFIX)"
wine wineboot --init >/dev/null 2>&1 || die "wineboot --init failed in $WINEPREFIX"
wineserver -w
profile=$(ls -d "$WINEPREFIX/drive_c/users/"*/ | grep -v '/Public/$' | head -n1)
[[ $(basename "$profile") == "Мария" ]] || die "Wine made the user folder $(basename "$profile"), not Мария"
say "User folder: C:\\users\\$(basename "$profile")"

# One wineserver for the whole run (a server per test start would cost a second each), warmed up by one
# program before the tests (the first start in a prefix finishes setting it up).
(wineserver -p </dev/null >/dev/null 2>&1 &)
trap 'wineserver -k 2>/dev/null || true' EXIT
sleep 1
wine cmd /c exit >/dev/null 2>&1 || true

# Qt's offscreen platform (the GUI tests) reads fonts from a folder on Windows, not from Windows' own list:
# the same DejaVu fonts the Linux runs use, so that sizes measured in the tests mean the same.
export QT_QPA_FONTDIR='Z:\usr\share\fonts\truetype\dejavu'
# Files are slower under Wine (a 2 000-partner demo takes 70 s there): a test function gets 20
# minutes instead of Qt Test's 5 before it counts as hung.
export QTEST_FUNCTION_TIMEOUT=1200000

# Tests that need what only Linux has are not run here, each for its reason:
#   tst_credentialstore, tst_accountdialog, tst_keychaincredentials: they run inside a private D-Bus session with
#     gnome-keyring (tests/sync/keyring-fixture.sh) and their no-keychain legs start a child without D-Bus; on
#     Windows the keychain is the Credential Manager, which tst_windowsplatform exercises.
exclude='^(tst_credentialstore|tst_accountdialog|tst_keychaincredentials)$'
say "Not run under Wine (Linux-only fixtures; see scripts/windows/wine-tests.sh): ${exclude//[\^\$()]/}"

log=$build/wine-tests.log
set +e
ctest --test-dir "$build" --output-on-failure -E "$exclude" "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
summary=$(grep -E "tests passed, [0-9]+ tests failed out of" "$log" | tail -n1)
total=$(ctest --test-dir "$build" -N | awk '/Total Tests:/ {print $3}')
skipped=$(ctest --test-dir "$build" -N -E "$exclude" | awk '/Total Tests:/ {print $3}')
say "Under Wine: $summary (of $total tests in the build, $((total - skipped)) left out above)"
exit "$rc"
