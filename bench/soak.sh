#!/usr/bin/env bash
# Soak benchmark: 10 minutes of mixed SCIM traffic (reads, filters, pages, POST, PATCH, DELETE) from 64 keep-alive
# connections against one engine, the token rotated every minute, a client trickling its headers (cut off by the
# header deadline), a client reading its answers slowly, and a second connection driven over its rate limit (its
# 429s are intended). Prints per minute: requests, p50/p99, errors, intended 429s, the engine's RSS; then RSS at
# start and end. Exit code 0 only without errors. The soak connection's rate limit is switched off.
#
#   bench/soak.sh [build-dir]                    (default: build)
#   DURATION=600 CONNECTIONS=64 ROTATE=60 PORT=18444 bench/soak.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
duration=${DURATION:-600}
connections=${CONNECTIONS:-64}
rotate=${ROTATE:-60}
port=${PORT:-18444}
engine=$build/bin/scim-engine
driver=$build/bin/soak_driver
for tool in taskset; do
    command -v "$tool" >/dev/null || { echo "missing $tool (packaging/install-deps.sh bench)" >&2; exit 1; }
done
[ -x "$engine" ] && [ -x "$driver" ] || { echo "build first: $engine and $driver" >&2; exit 1; }
work=$(mktemp -d)
admin=soak-admin-token
SCIM_ENGINE_ADMIN_TOKEN=$admin "$engine" --listen 127.0.0.1:"$port" --database "$work/soak.sqlite" \
    >"$work/engine.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$work/engine.log" && break; sleep 0.1; done
taskset -p -c 0 "$pid" >/dev/null
echo "engine pinned to CPU 0, driver to CPU 1; $(grep -m1 'listening on' "$work/engine.log")"
status=0
taskset -c 1 "$driver" --base "http://127.0.0.1:$port" --admin-token "$admin" --engine-pid "$pid" \
    --connections "$connections" --duration "$duration" --rotate-every "$rotate" || status=$?
if grep -v -e '^admin token' -e '^database' -e '^public url' -e '^listening on' "$work/engine.log" | grep -q .; then
    echo "engine output:"
    grep -v -e '^admin token' -e '^database' -e '^public url' -e '^listening on' "$work/engine.log" | sort | uniq -c
fi
exit $status
