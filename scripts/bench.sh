#!/usr/bin/env bash
# The benchmarks in one command: installs what is missing, builds in release mode, makes the large data
# set once (2 000 partners, 1 000 000 deals, about 5 000 000 consumption rows, training data; cached in
# ~/.cache/partnerdesk-bench, about 20 minutes the first time on two cores), runs every benchmark of bench/
# and prints one table. Arguments go to bench/run.sh after the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh
cmake --preset release -DPD_BUILD_BENCH=ON >/dev/null
cmake --build --preset release
exec bench/run.sh build/release "$@"
