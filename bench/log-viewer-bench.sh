#!/usr/bin/env bash
# The Logs page against a large log: writes EVENTS (default 1,000,000) synthetic SCIM log events into a fresh
# engine's log database with the engine's own log store (log_seed), starts the engine, sends a few real SCIM
# requests on top, and runs log_viewer_bench, which hosts the Logs page offscreen and prints: time to the first
# rows, time to page in the whole history, paint time while scrolling, RSS after scrolling to the end, and the time
# to apply filters. Usage: bench/log-viewer-bench.sh [build dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib.sh
. "$here/lib.sh"
build=${1:-$here/../build}
events=${EVENTS:-1000000}
port=${PORT:-18473}
bench_log_setup log_viewer_bench

echo "writing $events log events..."
"$build/bin/log_seed" --database "$work/bench.sqlite" --events "$events"
bench_log_engine_start
echo "engine: $base (work directory $(du -sh "$work" | cut -f1))"

# Engine-side searches over the whole log (first page, newest first), timed with curl: one user's events, one
# connection's failures, a free-text term, a date range and one log id.
search() {
    local label=$1 query=$2
    printf '%-44s %s\n' "search $label" "$(curl -s -o /dev/null -w '%{time_total}s' -G "$base/api/v2/logs" \
        -H "Authorization: Bearer $admin" --data-urlencode "q=$query" --data-urlencode per_page=50)"
}
search "user_id (one of 20,000 users)" 'user_id:"0192f0c4-1234-7000-8000-00000233168c"'
search "connection_id AND type:fscim" 'connection_id:con_bench0000000002 AND type:fscim'
search "free text" '"acme-okta"'
search "date range (one day)" "date:[$(date -u -d '-5 days' +%F) TO $(date -u -d '-4 days' +%F)]"
search "rare: status:409 AND user_id" 'status:409 AND user_id:"0192f0c4-1234-7000-8000-00000233168c"'

"$build/bin/log_viewer_bench" --url "$base" --token "$admin"
