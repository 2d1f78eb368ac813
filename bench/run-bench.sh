#!/usr/bin/env bash
# Reproducible engine benchmark: seeds USERS users into a fresh database, then drives scim-engine with wrk
# (16 keep-alive connections) for GET /Users/{id}, GET /Users?filter=userName eq "…" and POST /Users.
# The engine runs pinned to CPU 0, wrk to CPU 1.
#
#   bench/run-bench.sh [build-dir]                  SQLite (default build dir: build)
#   bench/run-bench.sh --database URL [build-dir]   the same workloads on SQLite and on PostgreSQL, side by side
#   bench/run-bench.sh --database URL --instances 2 ... and with two engines behind HAProxy (round robin)
#   USERS=10000 DURATION=15s CONNECTIONS=16 bench/run-bench.sh
#   CUSTOM_ATTRIBUTES=20 bench/run-bench.sh         declares a custom User extension with that many string attributes
#                                                   (docs/schemas.md); every seeded and posted user carries all of them
#   TLS=1 bench/run-bench.sh              (HTTPS with a self-signed certificate made for the run; one instance)
# The benchmark connection's rate limit is switched off (the script says so); PORT picks the engine's port.
#
# URL names a PostgreSQL server and a database to connect to (postgresql://user[:password]@host[:port]/db; the
# password may also come from PGPASSWORD or ~/.pgpass). The benchmark creates a database of its own there
# (scim_bench_<pid>, needs CREATEDB) for each run and drops it afterwards. PostgreSQL shares the machine's cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
pg_url=""
instances=1
while [ $# -gt 0 ]; do
    case "$1" in
    --database) pg_url=$2; shift 2 ;;
    --database=*) pg_url=${1#--database=}; shift ;;
    --instances) instances=$2; shift 2 ;;
    --instances=*) instances=${1#--instances=}; shift ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    *) break ;;
    esac
done
build=${1:-$root/build}
users=${USERS:-10000}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-16}
base_port=${PORT:-18443}
custom=${CUSTOM_ATTRIBUTES:-0}
if [ "$instances" != 1 ] && { [ "$instances" != 2 ] || [ -z "$pg_url" ]; }; then
    echo "--instances 2 needs --database URL (two engines share one PostgreSQL database)" >&2
    exit 2
fi
if [ "${TLS:-0}" = 1 ] && [ "$instances" != 1 ]; then
    echo "TLS=1 measures one engine; HAProxy in front of two speaks plain HTTP to them" >&2
    exit 2
fi
. "$here/lib.sh"
engine=$build/bin/scim-engine
for tool in wrk curl taskset awk; do
    command -v "$tool" >/dev/null || { echo "missing $tool (packaging/install-deps.sh bench)" >&2; exit 1; }
done
[ -n "$pg_url" ] && ! command -v psql >/dev/null && { echo "missing psql (apt-get install postgresql-client)" >&2; exit 1; }
[ "$instances" = 2 ] && ! command -v haproxy >/dev/null && { echo "missing haproxy (packaging/install-deps.sh bench)" >&2; exit 1; }
[ -x "$engine" ] || { echo "build first: $engine not found" >&2; exit 1; }
work=$(mktemp -d)
pg_database=""
lb_pid=""
cleanup() {
    bench_stop_engine
    [ -n "$lb_pid" ] && kill "$lb_pid" 2>/dev/null && wait "$lb_pid" 2>/dev/null
    [ -n "$pg_database" ] && psql "$pg_url" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

# The engine's CPU time (all threads, user + system, all instances) in clock ticks.
engine_ticks() {
    local p total=0
    for p in $pids; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
    echo "$total"
}
# With a local PostgreSQL: the CPU time of every postgres process (server and backends), in clock ticks.
postgres_ticks() {
    local total=0 stat
    for stat in /proc/[0-9]*/stat; do
        [ "$(cut -d' ' -f2 "$stat" 2>/dev/null)" = "(postgres)" ] || continue
        total=$((total + $(awk '{print $14 + $15}' "$stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
declare -A results
run() {
    local setup=$1 label=$2; shift 2
    local line before after requests db_before db_after
    before=$(engine_ticks)
    db_before=$(postgres_ticks)
    line=$(taskset -c 1 wrk -t1 -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" \
        "$@" | grep '^RESULT' || true)
    after=$(engine_ticks)
    db_after=$(postgres_ticks)
    # CPU per request hardly changes when other processes share the cores, unlike requests/s: use it to
    # compare builds on a busy machine.
    requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    line="$line cpu_us_per_req=$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="${requests:-0}" \
        'BEGIN{printf "%.1f", n ? t * 1e6 / hz / n : 0}')"
    if [ "$setup" != SQLite ]; then
        line="$line db_cpu_us_per_req=$(awk -v t=$((db_after - db_before)) -v hz="$(getconf CLK_TCK)" \
            -v n="${requests:-0}" 'BEGIN{printf "%.1f", n ? t * 1e6 / hz / n : 0}')"
    fi
    printf '%-40s %s\n' "$label" "${line#RESULT }"
    results["$setup|$label"]=$line
}

# One setup: start its engine(s), seed, run the three workloads, stop.
bench_setup_run() {
    local setup=$1 target id
    echo "== $setup"
    database=""
    if [ "$setup" != SQLite ]; then
        pg_database=scim_bench_$$
        psql "$pg_url" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1 || true
        psql "$pg_url" -qc "CREATE DATABASE $pg_database" >/dev/null
        database="${pg_url%%\?*}"
        database="${database%/*}/$pg_database"
        [[ "$pg_url" == *\?* ]] && database="$database?${pg_url#*\?}"
    fi
    port=$base_port ENGINE_CPU=0 log=$work/engine-a.log bench_start_engine
    if [ "$setup" = "PostgreSQL, 2 instances" ]; then
        local first=$base
        port=$((base_port + 1)) ENGINE_CPU=1 log=$work/engine-b.log bench_start_engine
        cat >"$work/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    option http-keep-alive
    http-reuse always
frontend scim
    bind 127.0.0.1:$((base_port + 2))
    default_backend engines
backend engines
    balance roundrobin
    server a ${first#http://}
    server b ${base#http://}
CFG
        haproxy -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
        lb_pid=$!
        sleep 0.5
        base=http://127.0.0.1:$((base_port + 2))
    fi
    bench_create_connection
    if [ "$custom" -gt 0 ]; then bench_declare_extension "$custom"; fi
    echo "seeding $users users..."
    bench_seed_users "$users"
    # Fresh statistics for the rows just seeded: autovacuum's ANALYZE comes later, and until then the planner
    # guesses from an empty table (GETs were slow right after seeding).
    if [ -n "$pg_database" ]; then psql "$database" -qc ANALYZE; fi
    # Every request draws its id or name at random from all seeded users: one hot id would measure a cache.
    bench_user_ids "$work/ids"
    export IDS_FILE=$work/ids USERS_NOW=$users NAME_DIGITS=5
    run "$setup" "GET /Users/{id}" -s "$work/get-id.lua" "$scim/Users"
    run "$setup" "GET /Users?filter=userName eq" -s "$work/get-name.lua" "$scim/Users"
    cat "$here/post-user.lua" "$here/report.lua" >"$work/post.lua"
    run "$setup" "POST /Users" -s "$work/post.lua" "$scim/Users"
    bench_stop_engine
    if [ -n "$lb_pid" ]; then
        kill "$lb_pid" 2>/dev/null || true
        wait "$lb_pid" 2>/dev/null || true
        lb_pid=""
    fi
    if [ -n "$pg_database" ]; then
        psql "$pg_url" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null
        pg_database=""
    fi
}

cat "$here/random-id.lua" "$here/report.lua" >"$work/get-id.lua"
cat "$here/random-name.lua" "$here/report.lua" >"$work/get-name.lua"
setups=(SQLite)
[ -n "$pg_url" ] && setups+=(PostgreSQL)
[ "$instances" = 2 ] && setups+=("PostgreSQL, 2 instances")
echo "engine pinned to CPU 0 (a second instance to CPU 1), wrk to CPU 1, $connections connections, $duration per run," \
    "$([ "${TLS:-0}" = 1 ] && echo https || echo http)"
for setup in "${setups[@]}"; do
    bench_setup_run "$setup"
done

if [ ${#setups[@]} -gt 1 ]; then
    echo
    printf '%-32s' "requests/s (p99 ms)"
    for setup in "${setups[@]}"; do printf ' | %-24s' "$setup"; done
    echo
    for label in "GET /Users/{id}" "GET /Users?filter=userName eq" "POST /Users"; do
        printf '%-32s' "$label"
        for setup in "${setups[@]}"; do
            line=${results["$setup|$label"]:-}
            printf ' | %-24s' "$(sed -E 's/.*rps=([0-9]+).*p99_ms=([0-9.]+).*/\1 (\2)/' <<<"$line")"
        done
        echo
    done
fi
