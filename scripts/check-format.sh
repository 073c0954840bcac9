#!/usr/bin/env bash
# Checks that every C++ file of the repository is formatted as .clang-format says; with --fix, formats them.
# The format is clang-format 14's (Debian 12); another version may place a few lines differently.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed (apt-get install clang-format)" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ ${1:-} == --fix ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run --Werror "${files[@]}" 2> >(head -60 >&2); then
    echo "check-format: files above differ from .clang-format ($(clang-format --version | head -1)); run scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files as .clang-format says"
