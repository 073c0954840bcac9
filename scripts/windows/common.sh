# Shared settings of the Windows build scripts (sourced, not run).
# The cross-built libraries live in a cache folder keyed by the versions of their sources and by this
# recipe, so a second run reuses them and a change of either builds a new set beside the old one.

PD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PD_WIN_CACHE=${PD_WIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/partnerdesk-win64}
PD_WIN_BUILD=${PD_WIN_BUILD:-$PD_ROOT/build/win64}
PD_WIN_JOBS=${PD_WIN_JOBS:-$(nproc)}

# Bump when the way the libraries are configured changes (flags, modules): a new sysroot is built.
PD_WIN_RECIPE=3

# Debian source packages cross-built for Windows (the same versions Debian's Linux build uses).
PD_WIN_SOURCES=(sqlite3 qt6-base qt6-svg qtkeychain qcustomplot)

MINGW_TRIPLE=x86_64-w64-mingw32
MINGW_ROOT=/usr/$MINGW_TRIPLE

# The packages the Windows build needs on top of the Linux build's (scripts/setup-debian.sh).
PD_WIN_PACKAGES=(g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64
    wine wine64 fonts-wine nsis tcl dpkg-dev xvfb xauth xdotool imagemagick fonts-dejavu-core x11-utils)

say() { printf '%s\n' "$*" >&2; }
step() { printf '\n== %s ==\n' "$*" >&2; }
die() { say "build-windows: $*"; exit 1; }

as_root() {
    if [[ $EUID -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
        die "needs root for: $* (run as root or install sudo)"
    fi
}

# The cross compiler's GCC version directory (libstdc++ and libgcc DLLs live there).
mingw_gcc_dir() {
    local v
    v=$("$MINGW_TRIPLE-gcc-posix" -dumpversion)
    echo "/usr/lib/gcc/$MINGW_TRIPLE/$v" # "12-posix": the version carries the thread model
}

# A Wine prefix private to the build (never the user's ~/.wine).
pd_wine_env() {
    export WINEPREFIX=${WINEPREFIX:-$PD_WIN_CACHE/wine}
    export WINEDEBUG=${WINEDEBUG:--all}
    export WINEARCH=win64
    export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-"mscoree,mshtml="}
}
