#!/bin/sh
# Screenshots of every page of PartnerDesk as a partner manager's laptop shows it: 1366×768, and
# 1920×1080 at 150 % (QT_SCALE_FACTOR=1.5, 1280×720 logical pixels); in English and in Russian; over a
# demo database of 300 partners and 20 000 deals. They go to docs/screenshots/fit/<lang>-<size>-<page>.png.
#
#   scripts/screenshots.sh [BUILD_DIR]     (default: build/ci; needs partnerdesk and partnerdesk-cli built)
#   PD_SCREENSHOT_DB=demo.db scripts/screenshots.sh   uses that demo database instead of making one
#   PD_SCREENSHOT_PAGES="deals sync" scripts/screenshots.sh   only those pages
#   PD_SCREENSHOT_THEME=dark scripts/screenshots.sh   the dark theme, to docs/screenshots/fit/dark/
#   PD_SCREENSHOT_LANGS=ru PD_SCREENSHOT_SCREENS=1366x768:1 scripts/screenshots.sh   one language, one screen
#
# Needs xvfb-run, xdotool and ImageMagick's import (Debian: xvfb xdotool imagemagick).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/ci}
gui=$build/app/gui/partnerdesk
cli=$build/app/cli/partnerdesk-cli
theme=${PD_SCREENSHOT_THEME:-light}
out=$root/docs/screenshots/fit
[ "$theme" = light ] || out=$out/$theme
for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "screenshots.sh: $tool is missing" >&2; exit 1; }
done
[ -x "$gui" ] || { echo "screenshots.sh: $gui is not built" >&2; exit 1; }
[ -n "${PD_SCREENSHOT_DB:-}" ] || [ -x "$cli" ] || { echo "screenshots.sh: $cli is not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
db=${PD_SCREENSHOT_DB:-}
if [ -z "$db" ]; then
    db=$work/demo.db
    "$cli" --db "$db" demo --seed 1 --partners 300 --deals 20000 >/dev/null
fi
mkdir -p "$out"

# One screenshot: a fresh X server and fresh settings (no saved window size or page), the app started on
# the page, the page's first list row clicked where it has one (so its detail panel shows), the screen saved.
shoot() { # LANG SIZE SCALE PAGE FILE
    home=$work/home-$1-$2-$4
    mkdir -p "$home/config/PartnerDesk" "$home/data"
    printf '[ui]\nlanguage=%s\ntheme=%s\n' "$1" "$theme" >"$home/config/PartnerDesk/PartnerDesk.conf"
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data QT_SCALE_FACTOR=$3 \
        xvfb-run -a -s "-screen 0 ${2}x24" sh -c '
            "$0" --db "$1" --page "$2" >/dev/null 2>&1 &
            app=$!
            xdotool search --sync --onlyvisible --name PartnerDesk >/dev/null
            sleep 4
            case "$2" in
            dashboard | sync) ;;
            *)  # a row of the list on the left, about a third of the way down the screen
                xdotool mousemove "$4" "$5" click 1
                sleep 2 ;;
            esac
            xdotool mousemove 0 0
            sleep 0.5
            import -window root -depth 8 "$3"
            kill "$app"
            wait "$app" 2>/dev/null || true
        ' "$gui" "$db" "$4" "$5" "$(awk "BEGIN { print int(370 * $3) }")" "$(awk "BEGIN { print int(330 * $3) }")"
}

for lang in ${PD_SCREENSHOT_LANGS:-en ru}; do
    for screen in ${PD_SCREENSHOT_SCREENS:-1366x768:1 1920x1080:1.5}; do
        size=${screen%%:*}
        scale=${screen##*:}
        for page in ${PD_SCREENSHOT_PAGES:-dashboard partners review deals training commissions sync}; do
            file=$out/$lang-$size-$page.png
            shoot "$lang" "$size" "$scale" "$page" "$file"
            echo "$file"
        done
    done
done
