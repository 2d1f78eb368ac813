#!/usr/bin/env bash
# Remapping at scale: seeds USERS users (default 100,000), then changes the connection's attribute map while
# wrk keeps reading users (GET /Users/{id}, 16 connections), and reports how long the profile recompute
# took and what SCIM traffic achieved meanwhile. Engine on CPU 0, load generators on CPU 1.
#
#   bench/recompute-bench.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
users=${USERS:-100000}
port=${PORT:-18444}
. "$here/lib.sh"
bench_setup "$users"

id=$(curl -sf "$scim/Users?filter=userName%20eq%20%22seed00042@example.com%22" -H "Authorization: Bearer $token" \
    | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
A="Authorization: Bearer $admin"
# New map: the default with title moved to app_metadata.job_title.
body=$(curl -sf "$base/api/v2/connections/$conn/scim-configuration/default-mapping" -H "$A" \
    | sed -e 's/^{"mapping":/{"user_id_attribute":"externalId","mapping":/' -e 's/"app_metadata.title"/"app_metadata.job_title"/')

taskset -c 1 wrk -t1 -c16 -d120s --latency -H "Authorization: Bearer $token" -s "$here/report.lua" \
    "$scim/Users/$id" >"$work/wrk.txt" 2>&1 &
wrkpid=$!
sleep 2
start=$(date +%s.%N)
curl -sf -X PATCH "$base/api/v2/connections/$conn/scim-configuration" -H "$A" -H 'Content-Type: application/json' \
    -d "$body" >/dev/null
while true; do
    status=$(curl -sf "$base/api/v2/connections/$conn/scim-configuration" -H "$A" \
        | sed -E 's/.*"profiles_status":(\{[^}]*\}).*/\1/')
    case "$status" in *'"current"'*) break ;; esac
    sleep 0.2
done
end=$(date +%s.%N)
kill -INT "$wrkpid" 2>/dev/null || true
wait "$wrkpid" 2>/dev/null || true
echo "recomputed $users profiles in $(awk "BEGIN{printf \"%.1f\", $end - $start}") s while serving SCIM reads"
grep '^RESULT' "$work/wrk.txt" | sed 's/^RESULT /GET \/Users\/{id} during the run (incl. 2 s before): /' || cat "$work/wrk.txt"
moved=$(curl -sf "$base/api/v2/users?q=seed00042&include_totals=true" -H "$A")
case "$moved" in *job_title*) echo "check: profile has app_metadata.job_title" ;; *) echo "check FAILED: $moved"; exit 1 ;; esac
