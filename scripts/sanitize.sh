#!/usr/bin/env bash
# Builds the unit and storage tests with sanitizers and runs them: usage sanitize.sh asan|tsan [ctest arguments].
#   asan  AddressSanitizer with UndefinedBehaviorSanitizer (memory errors, leaks, undefined behaviour);
#   tsan  ThreadSanitizer (data races: the worker threads, the connections opened without SQLite's mutex,
#         the CSV writer's disk thread).
# A finding fails its test. Suppressions, each with the reason, are in scripts/sanitizers/.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:?usage: sanitize.sh asan|tsan [ctest arguments]}
shift
case "$preset" in asan|tsan) ;; *) echo "sanitize.sh: unknown preset '$preset' (asan or tsan)" >&2; exit 2 ;; esac

cmake --preset "$preset" >/dev/null
# The unit tests, and under asan the storage test that starts programs of its own (tst_backups). ThreadSanitizer
# stops a forked child that starts a thread before exec ("starting new threads after multi-threaded fork is
# not supported"), which QProcess's child does; the processes themselves are ordinary programs.
mapfile -t tests < <(ctest --test-dir "build/$preset" -N -L unit | awk '/Test +#/ {print $3}')
if [[ $preset == asan ]]; then
    tests+=(tst_backups)
fi
cmake --build --preset "$preset" --target "${tests[@]}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/scripts/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/scripts/sanitizers/tsan.supp"
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
ctest --preset "$preset" --parallel 2 -R "$regex" "$@"
