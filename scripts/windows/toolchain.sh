#!/usr/bin/env bash
# Cross-builds, once, the libraries partnerdesk.exe links, from Debian's own source packages:
#   SQLite (FTS5 with the trigram tokenizer, Debian's compile options) as sqlite3.dll;
#   Qt 6 qtbase with -system-sqlite against that same sqlite3.dll (one SQLite library in the process),
#   Schannel TLS, the Windows and offscreen platform plugins; qtsvg (icons);
#   QtKeychain (Windows Credential Manager); QCustomPlot.
# Prints the sysroot's path on stdout. Reuses a finished sysroot (its key: the source versions and
# PD_WIN_RECIPE); a half-built one is resumed, never reused as if finished.
set -euo pipefail
source "$(dirname "$0")/common.sh"

mkdir -p "$PD_WIN_CACHE"
APT_DIR=$PD_WIN_CACHE/apt
SRC_DIR=$PD_WIN_CACHE/src

# ---- Debian's source packages, through a private apt state (the machine's own stays untouched) ----------
apt_options() {
    echo -o Dir::Etc::SourceList="$APT_DIR/sources.list" -o Dir::Etc::SourceParts="$APT_DIR/sourceparts" \
        -o Dir::State::Lists="$APT_DIR/lists" -o Dir::Cache="$APT_DIR/cache" -o APT::Sandbox::User="$(id -un)"
}
apt_private() { apt-get $(apt_options) "$@"; }

mirror() {
    local uri
    uri=$(grep -hE '^\s*(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
          | grep -v security | grep -oE 'https?://[^ ]+' | head -n1 || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

if [[ ! -f $APT_DIR/updated ]]; then
    mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/sourceparts" "$APT_DIR/cache/archives/partial"
    suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
    echo "deb-src $(mirror) $suite main" > "$APT_DIR/sources.list"
    say "Reading Debian's source index ($(cat "$APT_DIR/sources.list"))"
    apt_private update -qq || die "apt-get update of the source index failed (see above)"
    touch "$APT_DIR/updated"
fi

declare -A VERSION
for pkg in "${PD_WIN_SOURCES[@]}"; do
    VERSION[$pkg]=$(apt-cache $(apt_options) showsrc "$pkg" 2>/dev/null | awk '/^Version:/ {print $2}' | sort -V | tail -n1)
    [[ -n ${VERSION[$pkg]} ]] || die "Debian's source index has no package '$pkg'"
done

key=$( { echo "recipe=$PD_WIN_RECIPE"; for p in "${PD_WIN_SOURCES[@]}"; do echo "$p=${VERSION[$p]}"; done;
         "$MINGW_TRIPLE-g++-posix" -dumpfullversion; } | sha256sum | cut -c1-12)
SYSROOT=$PD_WIN_CACHE/sysroot-$key
if [[ -f $SYSROOT/.complete ]]; then
    say "Cross-built libraries: reusing $SYSROOT"
    echo "$SYSROOT"
    exit 0
fi
mkdir -p "$SYSROOT" "$SRC_DIR"
[[ -f $SYSROOT/versions.txt ]] || : > "$SYSROOT/versions.txt"
say "Cross-building the libraries into $SYSROOT from Debian's sources:"
for p in "${PD_WIN_SOURCES[@]}"; do say "  $p ${VERSION[$p]}"; done

# Unpacks a source package (Debian's patches applied) and prints its tree. Where the mirror lacks a file of the
# package (some are missing from mirrors that keep only part of the archive), the original tarball of the same
# project from a later Debian suite is used instead, checked against that suite's index, without Debian's patches;
# the version used goes to versions.txt. Fails (status 1) when neither is to be had.
fetch() {
    local pkg=$1 ver=${VERSION[$1]} upstream dir
    if [[ -f $SRC_DIR/$pkg.tree && -f $(cat "$SRC_DIR/$pkg.tree")/.unpacked ]]; then
        cat "$SRC_DIR/$pkg.tree"
        return 0
    fi
    upstream=${ver#*:}; upstream=${upstream%-*}
    dir=$SRC_DIR/$pkg-$upstream
    rm -rf "$dir"
    if (cd "$SRC_DIR" && apt_private source -qq "$pkg=$ver" >&2) && [[ -d $dir ]]; then
        echo "$pkg $ver (Debian source package)" >> "$SYSROOT/versions.txt"
    else
        say "apt-get source $pkg=$ver failed (above); looking for $pkg's original tarball in a later Debian suite"
        dir=$(fetch_original "$pkg") || return 1
    fi
    touch "$dir/.unpacked"
    echo "$dir" > "$SRC_DIR/$pkg.tree"
    echo "$dir"
}

fetch_original() {
    local pkg=$1 suite index line ver directory file sha dir
    for suite in trixie sid; do
        index=$APT_DIR/$suite-Sources.xz
        [[ -s $index ]] || /usr/lib/apt/apt-helper download-file "$(mirror)/dists/$suite/main/source/Sources.xz" \
            "$index" >/dev/null 2>&1 || continue
        line=$(xz -dc "$index" | awk -v want="$pkg" 'BEGIN { RS = ""; FS = "\n" }
            { name = ""; ver = ""; dir = ""; file = ""; sha = ""; sums = 0
              for (i = 1; i <= NF; i++) {
                  if ($i ~ /^Package: /) name = substr($i, 10)
                  else if ($i ~ /^Version: /) ver = substr($i, 10)
                  else if ($i ~ /^Directory: /) dir = substr($i, 12)
                  else if ($i ~ /^Checksums-Sha256:/) sums = 1
                  else if ($i ~ /^ / && sums) { split($i, f, " "); if (f[3] ~ /\.orig\.tar\./) { sha = f[1]; file = f[3] } }
                  else sums = 0 }
              if (name == want && file != "") print ver, dir, file, sha }' | sort -V | tail -n1)
        [[ -n $line ]] || continue
        read -r ver directory file sha <<< "$line"
        if /usr/lib/apt/apt-helper download-file "$(mirror)/$directory/$file" "$SRC_DIR/$file" "SHA256:$sha" >/dev/null 2>&1; then
            dir=$SRC_DIR/$pkg-orig-${ver%-*}
            rm -rf "$dir"; mkdir -p "$dir"
            tar -xf "$SRC_DIR/$file" -C "$dir" --strip-components=1 || return 1
            echo "$pkg ${ver%-*} (original tarball from Debian $suite, without Debian's patches)" >> "$SYSROOT/versions.txt"
            say "Using $file from Debian $suite (SHA-256 checked)"
            echo "$dir"
            return 0
        fi
        say "  $(mirror)/$directory/$file: not to be had either"
    done
    return 1
}

TOOLCHAIN=$SYSROOT/toolchain.cmake
cat > "$TOOLCHAIN" <<EOF
# Cross-compiling for 64-bit Windows with Debian's MinGW-w64 (posix threads).
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER $MINGW_TRIPLE-gcc-posix)
set(CMAKE_CXX_COMPILER $MINGW_TRIPLE-g++-posix)
set(CMAKE_RC_COMPILER $MINGW_TRIPLE-windres)
set(CMAKE_FIND_ROOT_PATH $MINGW_ROOT $SYSROOT)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
EOF

cmake_cross() {
    cmake -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$SYSROOT" -DCMAKE_PREFIX_PATH="$SYSROOT" "$@"
}

# ---- SQLite -------------------------------------------------------------------------------------------
if [[ ! -f $SYSROOT/bin/sqlite3.dll ]]; then
    step "SQLite ${VERSION[sqlite3]}"
    src=$(fetch sqlite3) || die "SQLite's sources could not be fetched (above)"
    b=$PD_WIN_CACHE/work/sqlite3; rm -rf "$b"; mkdir -p "$b"
    # The amalgamation is generated by the source tree's own tools (host compiler and tclsh).
    (cd "$b" && "$src/configure" --quiet >/dev/null && make -s sqlite3.c >/dev/null) || die "generating sqlite3.c failed"
    # Debian's own compile options (debian/rules), so the Windows library behaves as the Linux one.
    SQLITE_FLAGS=(-DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3
        -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1
        -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB
        -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1
        -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5
        -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION
        -DSQLITE_MAX_VARIABLE_NUMBER=250000)
    mkdir -p "$SYSROOT/bin" "$SYSROOT/lib" "$SYSROOT/include"
    "$MINGW_TRIPLE-gcc-posix" -O2 -shared "${SQLITE_FLAGS[@]}" "$b/sqlite3.c" -o "$SYSROOT/bin/sqlite3.dll" \
        -Wl,--out-implib,"$SYSROOT/lib/libsqlite3.dll.a" || die "cross-compiling sqlite3.dll failed"
    cp "$b/sqlite3.h" "$b/sqlite3ext.h" "$SYSROOT/include/"
fi

# ---- Qt: qtbase -----------------------------------------------------------------------------------------
if [[ ! -f $SYSROOT/.qtbase ]]; then
    step "Qt ${VERSION[qt6-base]}: qtbase (the longest step: about an hour on two cores)"
    src=$(fetch qt6-base) || die "Qt's sources (qt6-base) could not be fetched (above)"
    b=$PD_WIN_CACHE/work/qtbase; mkdir -p "$b"
    # Debian's Qt 6 supplies the host tools (moc, rcc, uic). Debian's source lacks 3rdparty/wintab
    # (tablet events off) and the Windows plugin needs the OpenGL feature (left on: dynamic OpenGL).
    (cd "$b" && cmake_cross "$src" -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DBUILD_SHARED_LIBS=ON -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DFEATURE_dbus=OFF -DINPUT_openssl=no -DFEATURE_tabletevent=OFF \
        -DFEATURE_system_sqlite=ON -DFEATURE_sql_sqlite=ON -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF \
        -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
        -DSQLite3_INCLUDE_DIR="$SYSROOT/include" -DSQLite3_LIBRARY="$SYSROOT/lib/libsqlite3.dll.a" \
        >"$b/configure.log" 2>&1) || { tail -n 40 "$b/configure.log" >&2; die "configuring qtbase failed ($b/configure.log)"; }
    grep -q "system_sqlite" "$b/CMakeCache.txt" || true
    grep -qE "^FEATURE_system_sqlite:BOOL=ON" "$b/CMakeCache.txt" || die "qtbase did not take the system SQLite"
    ninja -C "$b" -j "$PD_WIN_JOBS" >"$b/build.log" 2>&1 || { tail -n 40 "$b/build.log" >&2; die "building qtbase failed ($b/build.log)"; }
    ninja -C "$b" install >/dev/null || die "installing qtbase failed"
    touch "$SYSROOT/.qtbase"
fi

# ---- Qt: qtsvg (optional: without it the icons are embedded as PNG, views/CMakeLists.txt) ----------------
if [[ ! -f $SYSROOT/.qtsvg ]]; then
    step "Qt ${VERSION[qt6-svg]}: qtsvg"
    if src=$(fetch qt6-svg); then
        b=$PD_WIN_CACHE/work/qtsvg; mkdir -p "$b"
        (cd "$b" && cmake_cross "$src" -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
            >"$b/configure.log" 2>&1) || { tail -n 40 "$b/configure.log" >&2; die "configuring qtsvg failed"; }
        ninja -C "$b" -j "$PD_WIN_JOBS" >"$b/build.log" 2>&1 || { tail -n 40 "$b/build.log" >&2; die "building qtsvg failed"; }
        ninja -C "$b" install >/dev/null || die "installing qtsvg failed"
    else
        say "Qt SVG's sources are not to be had from $(mirror) (above): this Qt has no SVG module, and PartnerDesk"
        say "embeds its icons as PNG drawn at build time instead."
        echo "qt6-svg: not to be had from $(mirror)" >> "$SYSROOT/versions.txt"
    fi
    touch "$SYSROOT/.qtsvg"
fi

qt_cross() {
    cmake_cross -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake -DQt6_DIR="$SYSROOT/lib/cmake/Qt6" "$@"
}

# ---- QtKeychain (Windows Credential Manager) ----------------------------------------------------------
if [[ ! -f $SYSROOT/.qtkeychain ]]; then
    step "QtKeychain (Windows Credential Manager)"
    src=$(fetch qtkeychain) || die "QtKeychain's sources could not be fetched (above)"
    # Its Windows branch passes MSVC's /utf-8 to every compiler; GCC reads UTF-8 sources anyway.
    sed -i 's|add_definitions( /utf-8 -DUNICODE )|add_definitions( -DUNICODE )|' "$src/qtkeychain/CMakeLists.txt"
    b=$PD_WIN_CACHE/work/qtkeychain; rm -rf "$b"; mkdir -p "$b"
    (cd "$b" && qt_cross "$src" -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF \
        >"$b/configure.log" 2>&1) || { tail -n 40 "$b/configure.log" >&2; die "configuring QtKeychain failed"; }
    ninja -C "$b" install >"$b/build.log" 2>&1 || { tail -n 40 "$b/build.log" >&2; die "building QtKeychain failed"; }
    touch "$SYSROOT/.qtkeychain"
fi

# ---- QCustomPlot ----------------------------------------------------------------------------------------
if [[ ! -f $SYSROOT/.qcustomplot ]]; then
    step "QCustomPlot ${VERSION[qcustomplot]}"
    src=$(fetch qcustomplot) || die "QCustomPlot's sources could not be fetched (above)"
    b=$PD_WIN_CACHE/work/qcustomplot; rm -rf "$b"; mkdir -p "$b"
    # One source file; built as a DLL with a CMake package named as Debian's (QCustomPlotQt6).
    cat > "$b/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.21)
project(qcustomplot VERSION 2.1.0 LANGUAGES CXX)
find_package(Qt6 REQUIRED COMPONENTS Core Gui Widgets PrintSupport)
add_library(QCustomPlotQt6 SHARED $src/qcustomplot.cpp)
target_compile_definitions(QCustomPlotQt6 PRIVATE QCUSTOMPLOT_COMPILE_LIBRARY INTERFACE QCUSTOMPLOT_USE_LIBRARY)
target_include_directories(QCustomPlotQt6 PUBLIC \$<BUILD_INTERFACE:$src> \$<INSTALL_INTERFACE:include>)
target_link_libraries(QCustomPlotQt6 PUBLIC Qt6::Core Qt6::Gui Qt6::Widgets Qt6::PrintSupport)
set_target_properties(QCustomPlotQt6 PROPERTIES AUTOMOC ON)
install(TARGETS QCustomPlotQt6 EXPORT QCustomPlotQt6Targets RUNTIME DESTINATION bin ARCHIVE DESTINATION lib)
install(FILES $src/qcustomplot.h DESTINATION include)
install(EXPORT QCustomPlotQt6Targets NAMESPACE QCustomPlotQt6:: DESTINATION lib/cmake/QCustomPlotQt6)
file(WRITE \${CMAKE_BINARY_DIR}/QCustomPlotQt6Config.cmake
    "include(CMakeFindDependencyMacro)\nfind_dependency(Qt6 COMPONENTS Core Gui Widgets PrintSupport)\ninclude(\\\${CMAKE_CURRENT_LIST_DIR}/QCustomPlotQt6Targets.cmake)\n")
install(FILES \${CMAKE_BINARY_DIR}/QCustomPlotQt6Config.cmake DESTINATION lib/cmake/QCustomPlotQt6)
EOF
    (cd "$b" && qt_cross -S "$b" -B "$b/out" >"$b/configure.log" 2>&1) || { tail -n 40 "$b/configure.log" >&2; die "configuring QCustomPlot failed"; }
    ninja -C "$b/out" install >"$b/build.log" 2>&1 || { tail -n 40 "$b/build.log" >&2; die "building QCustomPlot failed"; }
    touch "$SYSROOT/.qcustomplot"
fi

touch "$SYSROOT/.complete"
say "Cross-built libraries ready in $SYSROOT"
echo "$SYSROOT"
