#!/usr/bin/env bash
# Installs what PartnerDesk needs to build, run and test on Debian 12 (and Debian-based systems).
# Idempotent: packages already present are not touched, and apt is not run at all when nothing is
# missing. Works as root or through sudo. Set PD_SKIP_SETUP=1 to skip it (other systems, or when you
# have installed the dependencies yourself).
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # clang with libFuzzer and the sanitizer runtimes, for the CSV reader's fuzz target
    clang libclang-rt-dev
    # the format and static checks (scripts/check-format.sh, scripts/check-tidy.sh)
    clang-format clang-tidy
    # Qt 6 and libraries
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev
    qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-translations-l10n libqcustomplot-dev qtkeychain-qt6-dev libsodium-dev libxkbcommon-dev
    # SQLite's own API on the handle Qt's driver uses (commission recompute, CSV export)
    libsqlite3-dev
    # the sync server's HTTP/1.1 parser
    libhttp-parser-dev
    # headless runs and tests: virtual display, fonts with Cyrillic, the sqlite3 shell
    xvfb xauth fonts-dejavu-core sqlite3 openssl
    # the PostgreSQL leg of the server tests and benchmarks (a throw-away cluster per run)
    postgresql
    # the keychain tests: a private D-Bus session with a Secret Service (tests/sync/keyring-fixture.sh)
    dbus dbus-daemon dbus-bin gnome-keyring
    # packages and desktop integration: .deb building (dpkg-shlibdeps, file), .desktop, AppStream and
    # man page checks (tests/packaging)
    dpkg-dev file desktop-file-utils appstream groff-base man-db
)

say() { printf '%s\n' "$*" >&2; }

if [[ "${PD_SKIP_SETUP:-0}" == "1" ]]; then
    exit 0
fi

if [[ ! -f /etc/debian_version ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "PartnerDesk's set-up script installs packages on Debian 12 (or a Debian-based system with apt)."
    say "On this system, install these yourself, then run again with PD_SKIP_SETUP=1:"
    say "  - a C++20 compiler (GCC 12+, Clang 15+ or MSVC 2022), CMake 3.21+, Ninja"
    say "  - Qt 6.4 or newer: Core, Gui, Widgets, Sql (SQLite driver), Svg, PrintSupport, Test, Concurrent, Network,"
    say "    LinguistTools"
    say "  - QCustomPlot built for Qt 6 (CMake package QCustomPlotQt6), QtKeychain for Qt 6, libsodium,"
    say "    http-parser 2.9 (the sync server's HTTP/1.1 parser)"
    say "  Qt's SQLite driver must use the same SQLite library PartnerDesk links (a Qt built with -system-sqlite);"
    say "  Qt's own binary builds do not qualify. docs/building.md gives the steps for macOS (Homebrew) and"
    say "  Windows (vcpkg with MSVC, or scripts/build-windows.sh from Debian)."
    exit 1
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ $EUID -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
else
    say "These packages are missing: ${missing[*]}"
    say "Install them as root:  apt-get update && apt-get install -y ${missing[*]}"
    exit 1
fi

say "Installing ${#missing[@]} package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
say "Done."
