#!/usr/bin/env bash
# Builds SCIM Console with warnings as errors and runs the whole test suite (CTest), installing missing
# Debian packages first. Exit code 0 only when every test passed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packaging/install-deps.sh test
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
