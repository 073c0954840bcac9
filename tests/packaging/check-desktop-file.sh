#!/usr/bin/env bash
# Validates the .desktop file with desktop-file-validate (errors and warnings both fail) and checks
# that every hicolor PNG it refers to exists at its size.
set -euo pipefail
desktop=$1 hicolor=$2 icon=$3
shift 3
command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate is missing: install desktop-file-utils (scripts/setup-debian.sh does)" >&2; exit 1; }
fail=0
output=$(desktop-file-validate "$desktop" 2>&1) || fail=1
if [[ -n $output ]]; then
    echo "desktop-file-validate $desktop:" >&2
    echo "$output" >&2
    fail=1
fi
grep -qx "Icon=$icon" "$desktop" || { echo "$desktop: Icon= is not $icon" >&2; fail=1; }
for size in "$@"; do
    png=$hicolor/${size}x${size}/apps/$icon.png
    if [[ ! -s $png ]]; then
        echo "missing icon $png" >&2; fail=1; continue
    fi
    # PNG header: width and height are big-endian 32-bit numbers at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}')
    [[ $dims == "${size}x${size}" ]] || { echo "$png is $dims, not ${size}x${size}" >&2; fail=1; }
done
[[ $fail == 0 ]] && echo "ok: $desktop and $# icon sizes"
exit $fail
