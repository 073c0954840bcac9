#!/usr/bin/env bash
# PartnerDesk for Windows, built on Debian 12 and tested under Wine, in one command:
#   1. installs what is missing (MinGW-w64, Wine, NSIS, and the Linux build's own packages);
#   2. cross-builds SQLite, Qt, QtKeychain and QCustomPlot from Debian's source packages, once, into a cache
#      folder keyed by their versions (scripts/windows/toolchain.sh; about an hour the first time);
#   3. cross-builds partnerdesk.exe, partnerdesk-cli.exe and the tests with warnings as errors;
#   4. runs the tests under Wine, the sync tests against a Linux partnerdesk-server on loopback;
#   5. makes the NSIS installer PartnerDesk-<version>-win64.exe, installs it silently under Wine, starts the
#      installed app on a demo database (screenshots in docs/screenshots/windows-*.png), runs the installed
#      partnerdesk-cli.exe check, uninstalls, and checks that only the user's data remains.
# Options: --no-tests (skip 4), --no-installer (skip 5). PD_WIN_CACHE moves the cache (default
# ~/.cache/partnerdesk-win64); PD_WIN_JOBS sets the build's parallelism.
set -euo pipefail
source "$(dirname "$0")/windows/common.sh"
cd "$PD_ROOT"

run_tests=1
run_installer=1
for arg in "$@"; do
    case $arg in
        --no-tests) run_tests=0 ;;
        --no-installer) run_installer=0 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option $arg (see --help)" ;;
    esac
done

started=$(date +%s)
elapsed() { local s=$(( $(date +%s) - started )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# ---- 1. Packages ----------------------------------------------------------------------------------------
step "Packages"
./scripts/setup-debian.sh
missing=()
for pkg in "${PD_WIN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    say "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# ---- 2. The cross-built libraries -----------------------------------------------------------------------
step "Libraries for Windows"
SYSROOT=$(./scripts/windows/toolchain.sh)
say "($(elapsed))"

# ---- 3. Host programs the cross build runs, then the cross build -----------------------------------------
step "Build-machine helpers (icon renderer, sync server for the tests)"
HOST_BUILD=$PD_ROOT/build/win64-host
cmake -S . -B "$HOST_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPD_BUILD_TESTS=OFF -DPD_BUILD_BENCH=OFF >/dev/null
cmake --build "$HOST_BUILD" --target pd-icon-render partnerdesk-server -- -j "$PD_WIN_JOBS" >/dev/null \
    || die "building the build machine's pd-icon-render and partnerdesk-server failed"
HOST_SERVER=$HOST_BUILD/server/partnerdesk-server
HOST_ICON_RENDER=$HOST_BUILD/installer/pd-icon-render
[[ -x $HOST_ICON_RENDER ]] || HOST_ICON_RENDER=$(find "$HOST_BUILD" -name pd-icon-render -type f -perm -u+x | head -n1)

step "partnerdesk.exe, partnerdesk-cli.exe and the tests"
GCC_DIR=$(mingw_gcc_dir)
# The build's own Wine launcher (ctest runs the tests through it): where its DLLs and Qt's plugins are.
mkdir -p "$PD_WIN_BUILD"
cat > "$PD_WIN_BUILD/wine-run" <<EOF
#!/usr/bin/env bash
export PD_WINE_DLL_DIRS="$SYSROOT/bin;$GCC_DIR;$MINGW_ROOT/lib" PD_WINE_PLUGIN_DIR="$SYSROOT/plugins"
export PD_WIN_CACHE="$PD_WIN_CACHE"
exec "$PD_ROOT/scripts/windows/wine-run.sh" "\$@"
EOF
chmod +x "$PD_WIN_BUILD/wine-run"
# Tests get half an hour each: files are slower under Wine than on Linux.
cmake -S . -B "$PD_WIN_BUILD" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$SYSROOT/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DCMAKE_PREFIX_PATH="$SYSROOT" -DCMAKE_BUILD_TYPE=Release \
    -DPD_WERROR=ON -DPD_BUILD_BENCH=OFF -DPD_BUILD_SERVER=OFF -DPD_TEST_TIMEOUT_SCALE=5 \
    -DPD_HOST_SERVER="$HOST_SERVER" -DPD_HOST_ICON_RENDER="$HOST_ICON_RENDER" \
    -DPD_WIN_DLL_DIRS="$SYSROOT/bin;$GCC_DIR;$MINGW_ROOT/lib" \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$PD_WIN_BUILD/wine-run" \
    $(command -v ccache >/dev/null && echo -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) \
    >"$PD_WIN_BUILD.configure.log" 2>&1 || { tail -n 30 "$PD_WIN_BUILD.configure.log" >&2; die "configuring the Windows build failed"; }
cmake --build "$PD_WIN_BUILD" -- -j "$PD_WIN_JOBS" >"$PD_WIN_BUILD/build.log" 2>&1 || {
    grep -E -A6 "error|FAILED" "$PD_WIN_BUILD/build.log" | head -n 60 >&2
    die "the Windows build failed ($PD_WIN_BUILD/build.log)"
}
say "($(elapsed))"

# ---- 4. Tests under Wine --------------------------------------------------------------------------------
if [[ $run_tests == 1 ]]; then
    step "Tests under Wine"
    ./scripts/windows/wine-tests.sh "$PD_WIN_BUILD" || test_failed=1
    say "($(elapsed))"
fi

# ---- 5. The installer, installed and used under Wine ----------------------------------------------------
if [[ $run_installer == 1 ]]; then
    step "Installer"
    (cd "$PD_WIN_BUILD" && cpack -G NSIS >"$PD_WIN_BUILD/cpack.log" 2>&1) \
        || { tail -n 30 "$PD_WIN_BUILD/cpack.log" >&2; die "cpack -G NSIS failed ($PD_WIN_BUILD/cpack.log)"; }
    installer=$(ls -t "$PD_WIN_BUILD"/PartnerDesk-*-win64.exe | head -n1)
    say "Installer: $installer ($(du -h "$installer" | cut -f1))"
    ./scripts/windows/installer-check.sh "$installer"
    say "($(elapsed))"
fi

step "Done in $(elapsed)"
[[ -z ${test_failed:-} ]] || die "some tests failed under Wine (above)"
