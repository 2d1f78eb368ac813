#!/usr/bin/env bash
# Mapping preview at scale: seeds USERS users (default 100,000), then asks the engine what a candidate map would
# do to every profile (POST …/scim-configuration/mapping-preview) RUNS times (default 5), and once more with a
# sample of 1,000, and reports the times (curl's total, client side) and users per second. A last run happens while
# wrk reads users, to show that SCIM traffic is served during a preview (its p99 is printed).
# Engine on CPU 0, curl and wrk on CPU 1.
#
#   PORT=<free port> bench/mapping-preview-bench.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
users=${USERS:-100000}
runs=${RUNS:-5}
port=${PORT:-18445}
. "$here/lib.sh"
bench_setup "$users"

A="Authorization: Bearer $admin"
# Candidate: the default map with title moved to app_metadata.job_title and the family name dropped.
body=$(curl -sf "$base/api/v2/connections/$conn/scim-configuration/default-mapping" -H "$A" \
    | sed -e 's/"app_metadata.title"/"app_metadata.job_title"/' \
          -e 's/{"auth0":"family_name","scim":"name.familyName"},//')
# The engine's CPU time (user + system, in seconds) from /proc: on a shared machine the wall time also counts the
# time the engine waited for a CPU, so both are reported.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat"; }
preview() {
    taskset -c 1 curl -sf -o "$work/preview.json" -w '%{time_total}\n' -X POST \
        "$base/api/v2/connections/$conn/scim-configuration/mapping-preview" -H "$A" \
        -H 'Content-Type: application/json' -d "$1"
}
times=()
cpu_before=$(cpu)
for _ in $(seq "$runs"); do times+=("$(preview "$body")"); done
cpu_after=$(cpu)
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(sed -n "$(((runs + 1) / 2))p" <<<"$sorted")
echo "preview of $users users: median $(awk "BEGIN{printf \"%.2f\", $median}") s," \
    "min $(head -1 <<<"$sorted") s, max $(tail -1 <<<"$sorted") s over $runs runs;" \
    "$(awk "BEGIN{printf \"%.0f\", $users / $median}") users/s;" \
    "engine CPU time $(awk "BEGIN{printf \"%.2f\", ($cpu_after - $cpu_before) / $runs}") s per preview"
changed=$(sed -E 's/.*"profiles_changed":([0-9]+).*/\1/' "$work/preview.json")
examined=$(sed -E 's/.*"users_examined":([0-9]+).*/\1/' "$work/preview.json")
echo "check: $changed of $examined profiles would change"
[ "$examined" = "$users" ] && [ "$changed" = "$users" ] || { echo "check FAILED"; exit 1; }

sampled=$(preview "${body%\}},\"sample_size\":1000}")
echo "preview of a 1,000-user sample: $(awk "BEGIN{printf \"%.3f\", $sampled}") s" \
    "($(sed -E 's/.*"users_examined":([0-9]+).*/\1/' "$work/preview.json") examined)"

id=$(curl -sf "$scim/Users?filter=userName%20eq%20%22seed00042@example.com%22" -H "Authorization: Bearer $token" \
    | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
taskset -c 1 wrk -t1 -c16 -d6s --latency -H "Authorization: Bearer $token" -s "$here/report.lua" \
    "$scim/Users/$id" >"$work/wrk.txt" 2>&1 &
wrkpid=$!
sleep 1
during=$(preview "$body")
wait "$wrkpid" 2>/dev/null || true
echo "preview while wrk reads users: $(awk "BEGIN{printf \"%.2f\", $during}") s"
grep '^RESULT' "$work/wrk.txt" | sed 's/^RESULT /GET \/Users\/{id} during that run (6 s): /' || cat "$work/wrk.txt"
