#!/usr/bin/env bash
# Runs every benchmark executable of a build and prints one table: each figure, its value, its target and
# what it is compared with.
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
    if ! "$b" | grep -E '^(RESULT|FIGURE)' >>"$results"; then
        echo "bench/run.sh: $(basename "$b") failed" >&2
        status=1
    fi
done
# Two kinds of lines: RESULT (a time in ms, lower is better: median, minimum, target, optionally the median CPU
# time of the same runs) and FIGURE (any unit, with the direction that meets the target and a reference).
# One table for both.
fmt='%-16s %-46s %14s %12s %8s  %s\n'
printf "\n$fmt" "benchmark" "figure" "value" "target" "result" "reference"
printf "$fmt" "---------" "------" "-----" "------" "------" "---------"
# Fields are split at the unit separator, not at tabs, so that an empty field (no target) keeps its place.
while IFS=$'\037' read -r kind name step a b c d e; do
    if [[ "$kind" == "RESULT" ]]; then
        value="$a ms"; unit="ms"; target="${c:-}"; better="lower"; reference="(min $b ms)"; number="$a"
        [[ -n "${d:-}" ]] && reference="(min $b ms, CPU $d ms)"
    else
        number="$a"; unit="$b"; value="$a $b"; target="${c:-}"; better="${d:-lower}"; reference="${e:-}"
    fi
    verdict="-"
    shown="-"
    if [[ -n "$target" ]]; then
        if [[ "$better" == "higher" ]]; then
            shown="≥ $target"
            verdict="$(awk -v m="$number" -v t="$target" 'BEGIN { print (m >= t) ? "pass" : "MISS" }')"
        else
            shown="≤ $target"
            verdict="$(awk -v m="$number" -v t="$target" 'BEGIN { print (m <= t) ? "pass" : "MISS" }')"
        fi
        [[ "$unit" != "" ]] && shown="$shown $unit"
    fi
    printf "$fmt" "$name" "$step" "$value" "$shown" "$verdict" "$reference"
done < <(tr '\t' '\037' <"$results")
exit $status
