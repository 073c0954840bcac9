#!/usr/bin/env bash
# The sync server benchmark alone: 20 clients x 10 000 pushed mutations, and an initial pull of
# 1 000 000 records, on SQLite and on a throw-away PostgreSQL (tests/server/pg-fixture.sh).
# Builds nothing: `cmake --preset release && cmake --build build/release -j2 --target bench_server`.
# Usage: bench/server-bench.sh [BUILD_DIR] [bench_server options, e.g. --store sqlite]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../build/release}"
shift || true
exe="$build/bench/bench_server"
if [[ ! -x "$exe" ]]; then
    echo "bench/server-bench.sh: $exe is missing; build it first (cmake --build $build --target bench_server)." >&2
    exit 2
fi
exec "$exe" "$@"
