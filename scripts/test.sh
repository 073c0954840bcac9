#!/usr/bin/env bash
# Installs what is missing, builds PartnerDesk with warnings as errors and runs the whole test suite.
# CI runs exactly this command.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup-debian.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci --parallel 2 "$@"
