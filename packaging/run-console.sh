#!/usr/bin/env bash
# Builds SCIM Console and starts it. Until the desktop console lands, this starts the headless engine
# (extra arguments are passed to it, e.g. --listen 127.0.0.1:9090).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packaging/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default
exec "$root/build/bin/scim-engine" "$@"
