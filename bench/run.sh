#!/usr/bin/env bash
# Runs every benchmark executable of a build and prints one table of median (and minimum) times.
# Builds nothing: build first, e.g. `cmake --preset release && cmake --build --preset release`.
# Usage: bench/run.sh [BUILD_DIR]   (default build/release)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build/release}"
benchdir="$build/bench"
if [[ ! -d "$benchdir" ]]; then
    echo "bench/run.sh: no benchmarks in $benchdir; build the project first (cmake --build $build)." >&2
    exit 2
fi
mapfile -t benches < <(find "$benchdir" -maxdepth 1 -type f -name 'bench_*' -perm -u+x | sort)
if [[ ${#benches[@]} -eq 0 ]]; then
    echo "bench/run.sh: no bench_* executables in $benchdir." >&2
    exit 2
fi
export QT_QPA_PLATFORM=offscreen
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
status=0
for b in "${benches[@]}"; do
    echo "running $(basename "$b")…" >&2
    if ! "$b" | grep '^RESULT' >>"$results"; then
        echo "bench/run.sh: $(basename "$b") failed" >&2
        status=1
    fi
done
printf '\n%-18s %-34s %10s %10s %10s %6s\n' "benchmark" "step" "median ms" "min ms" "target ms" "result"
printf '%-18s %-34s %10s %10s %10s %6s\n' "---------" "----" "---------" "------" "---------" "------"
while IFS=$'\t' read -r _ name step median minimum target; do
    verdict="-"
    if [[ -n "${target:-}" ]]; then
        verdict="$(awk -v m="$median" -v t="$target" 'BEGIN { print (m <= t) ? "pass" : "miss" }')"
    fi
    printf '%-18s %-34s %10s %10s %10s %6s\n' "$name" "$step" "$median" "$minimum" "${target:--}" "$verdict"
done <"$results"
exit $status
