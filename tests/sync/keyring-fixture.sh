#!/usr/bin/env bash
# Runs a test executable inside a private D-Bus session bus with an unlocked gnome-keyring Secret
# Service, in a throw-away HOME, so QtKeychain is tested against a real keychain:
#   keyring-fixture.sh TEST_EXECUTABLE [ARGS...]
# Fails loudly (exit 1 with the reason) when the bus or the keyring cannot be started: it never lets
# the test skip its keychain part. Packages: dbus, gnome-keyring (scripts/setup-debian.sh).
set -euo pipefail

fail() {
    printf 'keyring-fixture: %s\n' "$*" >&2
    exit 1
}

if [[ "${1:-}" == "--inside-bus" ]]; then
    shift
    # The password arrives on stdin: the login keyring is created with it and unlocked.
    printf 'partnerdesk-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
        || fail "gnome-keyring-daemon --unlock failed"
    pid=""
    for _ in $(seq 1 50); do
        if reply=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null); then
            pid=$(awk '/uint32/ {print $2}' <<<"$reply")
            break
        fi
        sleep 0.1
    done
    [[ -n "$pid" ]] || fail "gnome-keyring-daemon did not offer org.freedesktop.secrets on the test's session bus"
    rc=0
    PD_KEYRING_FIXTURE=1 "$@" || rc=$?
    kill "$pid" 2>/dev/null || true
    exit "$rc"
fi

[[ $# -ge 1 ]] || fail "usage: keyring-fixture.sh TEST_EXECUTABLE [ARGS...]"
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 \
        || fail "$tool is not installed; run scripts/setup-debian.sh (packages dbus, gnome-keyring)"
done

home=$(mktemp -d "${TMPDIR:-/tmp}/pd-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/data" "$home/config" "$home/cache"
chmod 700 "$home/run"
rc=0
env -u DISPLAY -u WAYLAND_DISPLAY -u GNOME_KEYRING_CONTROL -u DBUS_SESSION_BUS_ADDRESS \
    HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
    XDG_CACHE_HOME="$home/cache" \
    dbus-run-session -- "$0" --inside-bus "$@" || rc=$?
exit "$rc"
