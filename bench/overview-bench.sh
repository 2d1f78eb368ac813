#!/usr/bin/env bash
# The Overview page with many connections and a large request log: creates CONNECTIONS (default 50) connections with
# SCIM enabled in a fresh engine, writes EVENTS (default 1,000,000) log events spread over them with the engine's own
# log store (log_seed), starts the engine again and runs overview_bench, which opens the Overview page offscreen
# OPENINGS times (default 30) and prints p50/p99/max. Usage: PORT=<free port> bench/overview-bench.sh [build dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
events=${EVENTS:-1000000}
count=${CONNECTIONS:-50}
openings=${OPENINGS:-30}
port=${PORT:-18475}
for tool in "$build/bin/scim-engine" "$build/bin/log_seed" "$build/bin/overview_bench"; do
    [ -x "$tool" ] || { echo "build first: $tool not found" >&2; exit 1; }
done
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
admin=bench-admin-token
base=http://127.0.0.1:$port

start_engine() {
    : >"$work/engine.log"
    SCIM_ENGINE_ADMIN_TOKEN=$admin "$build/bin/scim-engine" --listen 127.0.0.1:$port --database "$work/bench.sqlite" \
        --log-max-events 0 --log-retention-days 0 >"$work/engine.log" 2>&1 &
    pid=$!
    for _ in $(seq 100); do grep -q "listening on" "$work/engine.log" && break; sleep 0.1; done
}
stop_engine() {
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
}

start_engine
echo "creating $count connections..."
for i in $(seq -w 1 "$count"); do
    strategy=$([ $((10#$i % 2)) -eq 0 ] && echo waad || echo okta)
    id=$(curl -sf -X POST "$base/api/v2/connections" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d "{\"name\":\"customer-$i\",\"strategy\":\"$strategy\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    curl -sf -X POST "$base/api/v2/connections/$id/scim-configuration" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d '{}' >/dev/null
    echo "$id customer-$i $strategy" >>"$work/connections.txt"
done
stop_engine

echo "writing $events log events..."
"$build/bin/log_seed" --database "$work/bench.sqlite" --events "$events" --connections-file "$work/connections.txt"
start_engine
echo "engine: $base (work directory $(du -sh "$work" | cut -f1))"
"$build/bin/overview_bench" --url "$base" --token "$admin" --openings "$openings"
