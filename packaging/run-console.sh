#!/usr/bin/env bash
# Builds SCIM Console and starts the desktop console (scim-console) with its embedded engine. Extra arguments are
# passed to it (see scim-console --help, e.g. --database PATH or --no-keychain).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
packaging/install-deps.sh build
cmake --preset default >/dev/null
cmake --build --preset default --target scim-console scim-engine
exec "$root/build/bin/scim-console" "$@"
