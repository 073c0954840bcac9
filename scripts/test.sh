#!/usr/bin/env bash
# Installs what is missing, checks the format, builds PartnerDesk with warnings as errors and runs the whole
# test suite; then builds the unit and storage tests with AddressSanitizer + UBSan and with ThreadSanitizer
# and runs them.
# CI runs exactly this command. Arguments go to the main ctest run and skip the sanitizer runs
# (scripts/sanitize.sh runs those on their own).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh
# Formatting first: a finding fails in seconds, before the build.
./scripts/check-format.sh
# The CSV reader's libFuzzer target: clang with ASan and UBSan, in a tree of its own; ctest runs it for a minute.
cmake -S fuzz -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build/fuzz
cmake --preset ci -DPD_FUZZER="$PWD/build/fuzz/fuzz_csvreader" >/dev/null
cmake --build --preset ci
ctest --preset ci --parallel 2 "$@"
if [[ $# -eq 0 ]]; then
    ./scripts/sanitize.sh asan
    ./scripts/sanitize.sh tsan
fi
