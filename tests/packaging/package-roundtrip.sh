#!/usr/bin/env bash
# Builds the Debian packages from a build tree with CPack, installs them into this system with dpkg,
# runs the installed programs (partnerdesk-cli --version and a demo database, partnerdesk started
# offscreen, partnerdesk-server --help), checks the desktop file, metainfo, icons and man pages are
# in place, then purges the packages and checks that none of their files is left.
#
# It needs root and skips (exit 77, reason printed) otherwise. It never touches an installation it
# did not make: when a partnerdesk package is already installed, or a file the packages would write
# already exists (say from `cmake --install` into /usr), it skips. The installed programs run with a
# throw-away HOME, so a developer's settings and databases are never read or written. Whatever it
# installed is purged on the way out, also when a step fails or the test is interrupted.
set -euo pipefail
build_dir=$1 cpack=$2 app_id=$3
packages=(partnerdesk partnerdesk-server)

skip() { echo "SKIP: $*"; exit 77; }
die() { echo "FAIL: $*" >&2; exit 1; }

[[ $(uname -s) == Linux ]] && command -v dpkg >/dev/null || skip "dpkg is not available: not a Debian system"
[[ $EUID -eq 0 ]] || skip "installing packages needs root (CI runs as root)"
[[ -f $build_dir/CPackConfig.cmake ]] || die "$build_dir/CPackConfig.cmake is missing: configure first"

# Two runs on one machine (two build trees) take turns.
exec 9>/var/lock/partnerdesk-package-test.lock
flock -w 900 9 || die "another package test held /var/lock/partnerdesk-package-test.lock for 15 minutes"

for package in "${packages[@]}"; do
    if dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null | grep -qv '^not-installed$'; then
        skip "$package is already installed here; this test only tests on a machine without it"
    fi
done

work=$(mktemp -d /tmp/pd-package-test.XXXXXX)
installed=0
app_pid=
cleanup() {
    local rc=$?
    if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    if [[ $installed == 1 ]]; then
        dpkg --purge "${packages[@]}" >/dev/null 2>&1 || echo "WARNING: could not purge ${packages[*]}" >&2
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- Build the packages ----
start=$SECONDS
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack failed"
fi
debs=()
for package in "${packages[@]}"; do
    deb=$(ls "$work"/packages/"${package}"_*.deb 2>/dev/null | sed -n 1p)
    [[ -n $deb ]] || { cat "$work/cpack.log" >&2; die "cpack made no ${package}_*.deb"; }
    debs+=("$deb")
done
echo "cpack: ${#debs[@]} packages in $((SECONDS - start)) s"

version=$(dpkg-deb -f "${debs[0]}" Version)
summaries=$(for deb in "${debs[@]}"; do dpkg-deb -f "$deb" Description | sed -n 1p; done | sort -u | wc -l)
[[ $summaries == "${#debs[@]}" ]] || die "the packages share one description summary; each needs its own"
for deb in "${debs[@]}"; do
    name=$(dpkg-deb -f "$deb" Package)
    depends=$(dpkg-deb -f "$deb" Depends)
    echo "$name $version: $(du -k "$deb" | cut -f1) KiB; Depends: $depends"
    # dpkg-shlibdeps worked: the Qt libraries are there, with versions.
    grep -qE 'libqt6core6[a-z0-9]* \(>= 6' <<<"$depends" || die "$name: Depends lacks the computed Qt dependency: $depends"
    [[ -n $(dpkg-deb -f "$deb" Maintainer) ]] || die "$name has no Maintainer"
    [[ -n $(dpkg-deb -f "$deb" Section) ]] || die "$name has no Section"
    # Files the package would write must not exist yet: they belong to somebody else.
    while read -r path; do
        if [[ -e $path && ! -d $path ]]; then
            skip "$path already exists (not from a package); the test would overwrite it"
        fi
    done < <(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e 's|/$||')
done

# ---- Install ----
installed=1
dpkg -i "${debs[@]}" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; die "dpkg -i failed"; }
dpkg -L "${packages[@]}" | sort -u >"$work/files"

# Slim container images tell dpkg not to install man pages and documentation (path-exclude); such
# files are only expected where dpkg installs them.
excludes=() includes=()
while read -r key pattern; do
    case $key in
        path-exclude) excludes+=("$pattern") ;;
        path-include) includes+=("$pattern") ;;
    esac
done < <(cat /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/* 2>/dev/null | sed -nE 's/^[[:space:]]*(path-(ex|in)clude)[[:space:]=]+(.*)$/\1 \3/p')
dpkg_filters_out() {
    local pattern
    for pattern in "${includes[@]}"; do
        # shellcheck disable=SC2053
        [[ $1 == $pattern ]] && return 1
    done
    for pattern in "${excludes[@]}"; do
        # shellcheck disable=SC2053
        [[ $1 == $pattern ]] && return 0
    done
    return 1
}
expect_file() {
    if dpkg_filters_out "$1"; then
        echo "note: dpkg's path-exclude keeps $1 out on this system"
        return 0
    fi
    [[ -s $1 ]] || die "$1 is not installed"
    grep -qxF "$1" "$work/files" || die "$1 is not listed by dpkg -L"
}
for file in /usr/bin/partnerdesk /usr/bin/partnerdesk-cli /usr/bin/partnerdesk-server \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/man/man1/partnerdesk.1 /usr/share/man/man1/partnerdesk-cli.1 /usr/share/man/man1/partnerdesk-server.1 \
    /usr/share/doc/partnerdesk/README.md /usr/share/doc/partnerdesk-server/deploy.md; do
    expect_file "$file"
done
for size in 16 24 32 48 64 128 256 512; do
    expect_file "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net --strict "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null
if command -v man >/dev/null && ! dpkg_filters_out /usr/share/man/man1/partnerdesk.1; then
    for page in partnerdesk partnerdesk-cli partnerdesk-server; do
        [[ $(man -w "$page") == /usr/share/man/man1/$page.1* ]] || die "man does not find $page(1)"
    done
fi

# ---- Run the installed programs, away from the developer's settings and data ----
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime LC_ALL=C.UTF-8 LANG=C.UTF-8
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 0700 "$XDG_RUNTIME_DIR"
cd "$work"

out=$(/usr/bin/partnerdesk-cli --version)
[[ $out == *"$version"* ]] || die "partnerdesk-cli --version printed '$out', not the package version $version"
echo "installed partnerdesk-cli --version: $out"
out=$(/usr/bin/partnerdesk --version)
[[ $out == *"$version"* ]] || die "partnerdesk --version printed '$out', not $version"
/usr/bin/partnerdesk-cli --db "$work/demo.db" demo --seed 5 --partners 20 >/dev/null
out=$(/usr/bin/partnerdesk-cli --db "$work/demo.db" check)
[[ $out == ok:* ]] || die "partnerdesk-cli check on the installed programs printed '$out'"
/usr/bin/partnerdesk-server --help 2>"$work/server-help.txt" || die "partnerdesk-server --help failed"
grep -q 'partnerdesk-server init' "$work/server-help.txt" || die "partnerdesk-server --help printed no usage"

# The desktop app, offscreen: it must create its database (SQLite driver and all found) and keep running.
QT_QPA_PLATFORM=offscreen /usr/bin/partnerdesk --db "$work/app.db" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 100); do
    [[ -s $work/app.db ]] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.2
done
sleep 1
if ! kill -0 "$app_pid" 2>/dev/null; then
    cat "$work/app.log" >&2
    die "the installed partnerdesk exited early"
fi
[[ -s $work/app.db ]] || { cat "$work/app.log" >&2; die "the installed partnerdesk did not create its database"; }
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=
echo "installed partnerdesk started offscreen and created its database"
[[ ! -e $work/home/.local/share/PartnerDesk/partnerdesk.db ]] || die "partnerdesk opened the default database despite --db"

# ---- Remove, and check nothing is left ----
dpkg --purge "${packages[@]}" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; die "dpkg --purge failed"; }
installed=0
left=()
while read -r path; do
    [[ -z $path || $path == /. ]] && continue
    if [[ -d $path && ! -L $path ]]; then
        # Shared directories (/usr/bin, the hicolor tree) stay; the packages' own must go.
        [[ $path == *partnerdesk* ]] && left+=("$path")
    elif [[ -e $path || -L $path ]]; then
        left+=("$path")
    fi
done <"$work/files"
[[ ${#left[@]} -eq 0 ]] || die "left behind after purge: ${left[*]}"
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || echo not-installed)
    [[ $status == not-installed ]] || die "$package is still '$status' after purge"
done
echo "ok: installed, ran and purged ${packages[*]} $version; $(wc -l <"$work/files") paths, none left"
