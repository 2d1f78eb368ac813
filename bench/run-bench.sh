#!/usr/bin/env bash
# Reproducible engine benchmark: seeds USERS users into a fresh database, then drives scim-engine with wrk
# (16 keep-alive connections) for GET /Users/{id}, GET /Users?filter=userName eq "…" and POST /Users.
# The engine runs pinned to CPU 0, wrk to CPU 1.
#
#   bench/run-bench.sh [build-dir]        (default: build)
#   USERS=10000 DURATION=15s CONNECTIONS=16 bench/run-bench.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
engine=$build/bin/scim-engine
users=${USERS:-10000}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
port=${PORT:-18443}

for tool in wrk curl taskset; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk curl util-linux)" >&2; exit 1; }
done
[ -x "$engine" ] || { echo "build first: $engine not found" >&2; exit 1; }

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
admin=bench-admin-token
SCIM_ENGINE_ADMIN_TOKEN=$admin taskset -c 0 "$engine" --listen 127.0.0.1:$port --database "$work/bench.sqlite" \
    >"$work/engine.log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/engine.log" && break; sleep 0.1; done
base=http://127.0.0.1:$port

conn=$(curl -sf -X POST "$base/api/v2/connections" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d '{"name":"bench","strategy":"okta"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
curl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration" -H "Authorization: Bearer $admin" >/dev/null
token=$(curl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration/tokens" -H "Authorization: Bearer $admin" \
    -H 'Content-Type: application/json' -d '{}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
scim=$base/scim/v2/connections/$conn

echo "seeding $users users..."
start=$(date +%s.%N)
cfg=$work/seed.curl
: >"$cfg"
for i in $(seq 1 "$users"); do
    [ "$i" -gt 1 ] && echo next >>"$cfg"
    printf 'url = "%s/Users"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/scim+json"\ndata = "{\\"userName\\":\\"seed%05d@example.com\\",\\"externalId\\":\\"ext-%05d\\",\\"name\\":{\\"givenName\\":\\"Seed\\",\\"familyName\\":\\"User %d\\"},\\"emails\\":[{\\"value\\":\\"seed%05d@example.com\\",\\"type\\":\\"work\\",\\"primary\\":true}],\\"active\\":true}"\noutput = "/dev/null"\n' \
        "$scim" "$token" "$i" "$i" "$i" "$i" >>"$cfg"
done
taskset -c 1 curl -s --no-progress-meter --parallel --parallel-max 16 -K "$cfg"
end=$(date +%s.%N)
count=$(curl -sf "$scim/Users?count=0" -H "Authorization: Bearer $token" | sed -E 's/.*"totalResults":([0-9]+).*/\1/')
echo "seeded $count users in $(awk "BEGIN{printf \"%.1f\", $end - $start}") s"

id=$(curl -sf "$scim/Users?filter=userName%20eq%20%22seed05000@example.com%22" -H "Authorization: Bearer $token" \
    | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')

run() {
    local label=$1; shift
    local line
    line=$(taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" \
        "$@" | grep '^RESULT' || true)
    printf '%-40s %s\n' "$label" "${line#RESULT }"
}
echo "engine pinned to CPU 0, wrk to CPU 1, $connections connections, $duration per run"
run "GET /Users/{id}" -s "$here/report.lua" "$scim/Users/$id"
run "GET /Users?filter=userName eq" -s "$here/report.lua" "$scim/Users?filter=userName%20eq%20%22seed05000%40example.com%22"
cat "$here/post-user.lua" "$here/report.lua" >"$work/post.lua"
run "POST /Users" -s "$work/post.lua" "$scim/Users"
