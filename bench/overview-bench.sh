#!/usr/bin/env bash
# The Overview page with many connections and a large request log: creates CONNECTIONS (default 50) connections with
# SCIM enabled and a token in a fresh engine, writes EVENTS (default 1,000,000) log events spread over them with the engine's own
# log store (log_seed), starts the engine again and runs overview_bench, which opens the Overview page offscreen
# OPENINGS times (default 30) and prints p50/p99/max. Usage: PORT=<free port> bench/overview-bench.sh [build dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib.sh
. "$here/lib.sh"
build=${1:-$here/../build}
events=${EVENTS:-1000000}
count=${CONNECTIONS:-50}
openings=${OPENINGS:-30}
port=${PORT:-18475}
bench_log_setup overview_bench

bench_log_engine_start
echo "creating $count connections..."
for i in $(seq -w 1 "$count"); do
    strategy=$([ $((10#$i % 2)) -eq 0 ] && echo waad || echo okta)
    id=$(curl -sf -X POST "$base/api/v2/connections" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d "{\"name\":\"customer-$i\",\"strategy\":\"$strategy\"}" |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    curl -sf -X POST "$base/api/v2/connections/$id/scim-configuration" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d '{}' >/dev/null
    # A token each, as in use: the console's list shows them (and their expiry) with the counts.
    curl -sf -X POST "$base/api/v2/connections/$id/scim-configuration/tokens" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d '{"token_lifetime":2592000}' >/dev/null
    echo "$id customer-$i $strategy" >>"$work/connections.txt"
done
bench_log_engine_stop

echo "writing $events log events..."
"$build/bin/log_seed" --database "$work/bench.sqlite" --events "$events" --connections-file "$work/connections.txt"
bench_log_engine_start
echo "engine: $base (work directory $(du -sh "$work" | cut -f1))"
"$build/bin/overview_bench" --url "$base" --token "$admin" --openings "$openings"
