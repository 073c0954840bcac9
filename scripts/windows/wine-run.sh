#!/usr/bin/env bash
# Runs a Windows program of the build tree under Wine (CMake's CROSSCOMPILING_EMULATOR, so ctest runs the
# tests through it): the DLL folders of the cross-built libraries on WINEPATH, Qt's plugins from the same
# build of Qt. PD_WINE_DLL_DIRS and PD_WINE_PLUGIN_DIR come from scripts/build-windows.sh.
set -euo pipefail
source "$(dirname "$0")/common.sh"
pd_wine_env

# /a/b;/c -> Z:\a\b;Z:\c (Wine maps Z: to /)
to_windows() { local out=() p; IFS=';' read -ra parts <<< "$1"; for p in "${parts[@]}"; do [[ -n $p ]] && out+=("Z:${p//\//\\}"); done; (IFS=';'; echo "${out[*]}"); }

if [[ -n ${PD_WINE_DLL_DIRS:-} ]]; then
    export WINEPATH="$(to_windows "$PD_WINE_DLL_DIRS")${WINEPATH:+;$WINEPATH}"
fi
if [[ -n ${PD_WINE_PLUGIN_DIR:-} ]]; then
    export QT_PLUGIN_PATH="$(to_windows "$PD_WINE_PLUGIN_DIR")"
fi
# Wine keeps the build machine's QT_* variables from Windows programs (they would confuse Qt there) and passes
# WINEQT_* on as QT_*: the tests' QT_QPA_PLATFORM=offscreen and the plugin path go that way.
while IFS='=' read -r name _; do
    [[ $name == QT_* ]] && export "WINE$name=${!name}"
done < <(env)

# Qt Test's log does not reach a Unix pipe from a program under Wine (its exit status does): a test writes its
# log to a file, printed here after it ends, unless it was given an output of its own.
if [[ $(basename "${1:-}") == tst_*.exe && " $* " != *" -o "* ]]; then
    log=$(mktemp --suffix=.txt)
    trap 'rm -f "$log"' EXIT
    set +e
    wine "$@" -o "Z:${log//\//\\},txt" &
    pid=$!
    # A test that finished (its log says so) has a minute to exit. Some hang in their exit under Wine, in
    # libstdc++-6.dll's PROCESS_DETACH: such a run is stopped and reported as failed, with that reason.
    while kill -0 "$pid" 2>/dev/null; do
        if grep -q '^\*\*\*\*\*\*\*\*\* Finished testing of' "$log" 2>/dev/null; then
            for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            if kill -0 "$pid" 2>/dev/null; then
                kill -9 "$pid" 2>/dev/null
                cat "$log"
                echo "wine-run: $(basename "$1") finished its tests (above) but did not exit within a minute; stopped" >&2
                exit 124
            fi
        fi
        sleep 1
    done
    wait "$pid"
    rc=$?
    set -e
    cat "$log"
    exit $rc
fi
exec wine "$@"
