#!/usr/bin/env bash
# Reproducible engine benchmark: seeds USERS users into a fresh database, then drives scim-engine with wrk
# (16 keep-alive connections) for GET /Users/{id}, GET /Users?filter=userName eq "…" and POST /Users.
# The engine runs pinned to CPU 0, wrk to CPU 1.
#
#   bench/run-bench.sh [build-dir]        (default: build)
#   USERS=10000 DURATION=15s CONNECTIONS=16 bench/run-bench.sh
#   CUSTOM_ATTRIBUTES=20 bench/run-bench.sh   declares a custom User extension with that many string attributes
#                                             (docs/schemas.md); GET /Users/{id} reads, POST /Users writes users
#                                             carrying all of them
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
users=${USERS:-10000}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
port=${PORT:-18443}
custom=${CUSTOM_ATTRIBUTES:-0}
. "$here/lib.sh"
bench_setup "$users"

target=$(printf 'seed%05d@example.com' $((users / 2)))
id=$(curl -sf "$scim/Users?filter=userName%20eq%20%22$target%22" -H "Authorization: Bearer $token" \
    | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')

if [ "$custom" -gt 0 ]; then
    urn=urn:example:params:scim:schemas:extension:bench:2.0:User
    attributes=$(for i in $(seq 1 "$custom"); do printf '{"name":"attr%02d","type":"string"}\n' "$i"; done | paste -sd,)
    curl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration/custom-schemas" \
        -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d "{\"resource_type\":\"User\",\"schema\":{\"id\":\"$urn\",\"name\":\"Bench\",\"attributes\":[$attributes]}}" \
        >/dev/null
    extension=$(for i in $(seq 1 "$custom"); do printf '"attr%02d":"value %02d of the bench extension"\n' "$i" "$i"; done |
        paste -sd,)
    export BENCH_EXTENSION=",\"$urn\":{$extension}"
    id=$(curl -sf -X POST "$scim/Users" -H "Authorization: Bearer $token" -H 'Content-Type: application/scim+json' \
        -d "{\"userName\":\"custom@example.com\"$BENCH_EXTENSION}" | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
    echo "custom extension with $custom attributes declared; GET /Users/{id} reads a user carrying them"
fi

# The engine's CPU time (all threads, user + system) in clock ticks.
engine_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
run() {
    local label=$1; shift
    local line before after requests
    before=$(engine_ticks)
    line=$(taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" \
        "$@" | grep '^RESULT' || true)
    after=$(engine_ticks)
    # CPU per request hardly changes when other processes share the cores, unlike requests/s: use it to
    # compare builds on a busy machine.
    requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    line="$line cpu_us_per_req=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" \
        'BEGIN{printf "%.1f", n ? t * 1e6 / hz / n : 0}')"
    printf '%-40s %s\n' "$label" "${line#RESULT }"
}
echo "engine pinned to CPU 0, wrk to CPU 1, $connections connections, $duration per run"
run "GET /Users/{id}" -s "$here/report.lua" "$scim/Users/$id"
run "GET /Users?filter=userName eq" -s "$here/report.lua" "$scim/Users?filter=userName%20eq%20%22${target/@/%40}%22"
cat "$here/post-user.lua" "$here/report.lua" >"$work/post.lua"
run "POST /Users" -s "$work/post.lua" "$scim/Users"
