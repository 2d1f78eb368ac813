#!/usr/bin/env bash
# Reproducible engine benchmark: seeds USERS users into a fresh database, then drives scim-engine with wrk
# (16 keep-alive connections) for GET /Users/{id}, GET /Users?filter=userName eq "…" and POST /Users.
# The engine runs pinned to CPU 0, wrk to CPU 1.
#
#   bench/run-bench.sh [build-dir]        (default: build)
#   USERS=10000 DURATION=15s CONNECTIONS=16 bench/run-bench.sh
#   TLS=1 bench/run-bench.sh              (HTTPS with a self-signed certificate made for the run)
# The benchmark connection's rate limit is switched off (the script says so); PORT picks the engine's port.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
users=${USERS:-10000}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
port=${PORT:-18443}
. "$here/lib.sh"
bench_setup "$users"

target=$(printf 'seed%05d@example.com' $((users / 2)))
id=$(bcurl -sf "$scim/Users?filter=userName%20eq%20%22$target%22" -H "Authorization: Bearer $token" \
    | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')

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
echo "engine pinned to CPU 0, wrk to CPU 1, $connections connections, $duration per run, ${base%%://*}"
run "GET /Users/{id}" -s "$here/report.lua" "$scim/Users/$id"
run "GET /Users?filter=userName eq" -s "$here/report.lua" "$scim/Users?filter=userName%20eq%20%22${target/@/%40}%22"
cat "$here/post-user.lua" "$here/report.lua" >"$work/post.lua"
run "POST /Users" -s "$work/post.lua" "$scim/Users"
