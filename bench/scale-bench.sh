#!/usr/bin/env bash
# Scale benchmark (docs/benchmark.md, "A million users"): one engine, one connection. Seeds BASELINE users through
# /Bulk and measures; seeds on to USERS users and measures the same again, in the same run:
#   - GET /Users/{id} and GET /Users?filter=userName eq "…" throughput (wrk, random ids and names drawn from the
#     whole seeded set on every request), RUNS runs of DURATION each (default 3), the median run reported;
#   - a list page at startIndex USERS-200 (count 100), and a cursor page deep in the walk (median of REPEAT);
#   - a full cursor walk of every user (count 1000);
#   - engine RSS (now and peak), cold restart to the first answered SCIM request, database size.
# The engine runs pinned to CPU 0, wrk and curl to CPU 1.
#
#   bench/scale-bench.sh [build-dir]          (default: build)
#   USERS=1000000 BASELINE=10000 DURATION=10s RUNS=3 PORT=18447 bench/scale-bench.sh
#   KEEP=DIR keeps the database in DIR and reuses what an earlier run seeded there (for profiling; with
#   BASELINE=USERS it measures once, at the size already seeded).
#   DATABASE=postgresql://user@host:port/db runs on PostgreSQL: the benchmark creates a database of its own there
#   (scim_scale_<pid>, needs CREATEDB; with KEEP, scim_scale_keep, kept) and drops it afterwards. PostgreSQL then
#   shares the machine's cores with the engine and wrk (tests/pg/pg-fixture.sh starts a private server).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
users=${USERS:-1000000}
baseline=${BASELINE:-10000}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-16}
runs=${RUNS:-3}
repeat=${REPEAT:-20}
port=${PORT:-18447}
engine=$build/bin/scim-engine
pg_url=${DATABASE:-}
for tool in wrk curl taskset awk ${pg_url:+psql}; do
    command -v "$tool" >/dev/null || { echo "missing $tool (packaging/install-deps.sh bench)" >&2; exit 1; }
done
[ -x "$engine" ] || { echo "build first: $engine not found" >&2; exit 1; }
if [ -n "${KEEP:-}" ]; then
    work=$KEEP
    mkdir -p "$work"
else
    work=$(mktemp -d)
fi
pid=
stop_engine() {
    [ -n "$pid" ] || return 0
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
}
admin=bench-admin-token
base=http://127.0.0.1:$port
db=$work/scale.sqlite
database=$db
pg_database=
if [ -n "$pg_url" ]; then
    # The server's URL with the database replaced by the benchmark's own (query options kept).
    pg_database=scim_scale_$$
    [ -n "${KEEP:-}" ] && pg_database=scim_scale_keep
    database="${pg_url%%\?*}"
    database="${database%/*}/$pg_database"
    [[ "$pg_url" == *\?* ]] && database="$database?${pg_url#*\?}"
    if [ ! -s "$work/scim" ]; then
        psql "$pg_url" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1 || true
        psql "$pg_url" -qc "CREATE DATABASE $pg_database" >/dev/null
    fi
fi
cleanup() {
    stop_engine
    [ -n "${KEEP:-}" ] && return
    rm -rf "$work"
    [ -n "$pg_database" ] && psql "$pg_url" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1
    return 0
}
trap cleanup EXIT

# Starts the engine on the database; sets $startup_ms, the milliseconds from exec to the first answered SCIM
# request (once a connection exists), else to /healthz.
start_engine() {
    local started probe
    started=$(date +%s%N)
    # shellcheck disable=SC2086
    SCIM_ENGINE_ADMIN_TOKEN=$admin taskset -c 0 "$engine" --listen 127.0.0.1:$port --database "$database" \
        ${ENGINE_ARGS:-} >>"$work/engine.log" 2>&1 &
    pid=$!
    probe=$base/healthz
    [ -s "$work/scim" ] && probe="$base$(cat "$work/scim")/ServiceProviderConfig"
    for _ in $(seq 2000); do
        if curl -sf -o /dev/null "$probe" -H "Authorization: Bearer $(cat "$work/token" 2>/dev/null)"; then
            startup_ms=$((($(date +%s%N) - started) / 1000000))
            return
        fi
        kill -0 "$pid" 2>/dev/null || { echo "engine died:" >&2; tail "$work/engine.log" >&2; exit 1; }
        sleep 0.005
    done
    echo "engine did not answer" >&2
    exit 1
}

if [ ! -s "$work/scim" ]; then
    rm -f "$db"* "$work/ids"
    start_engine
    conn=$(curl -sf -X POST "$base/api/v2/connections" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' \
        -d '{"name":"scale","strategy":"okta","options":{"rate_limit":{"requests_per_second":0}}}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
    curl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration" -H "Authorization: Bearer $admin" >/dev/null
    curl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration/tokens" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' -d '{}' | sed -E 's/.*"token":"([^"]+)".*/\1/' >"$work/token"
    echo "/scim/v2/connections/$conn" >"$work/scim" # the path: a kept database may be served on another port
else
    # A kept SQLite database is read into the OS page cache first, as a run that has just seeded it finds it:
    # otherwise the first workload measures the disk (at a million users: a quarter of the warm request rate).
    [ -z "$pg_url" ] && cat "$db" "$db-logs" >/dev/null 2>&1
    start_engine
fi
scim=$base$(cat "$work/scim")
token=$(cat "$work/token")
auth="Authorization: Bearer $token"
touch "$work/ids"

# Seeds users (from the number already there) up to $1 through /Bulk, 1,000 per request; appends their ids to
# $work/ids in insertion order. User n is seedNNNNNNN@example.com.
seed_to() {
    local target=$1 have from to started
    have=$(wc -l <"$work/ids")
    [ "$have" -ge "$target" ] && return
    started=$(date +%s%N)
    for ((from = have + 1; from <= target; from += 1000)); do
        to=$((from + 999 > target ? target : from + 999))
        awk -v from="$from" -v to="$to" 'BEGIN {
            printf "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
            for (n = from; n <= to; n++) {
                if (n > from) printf ","
                printf "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u%d\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"seed%07d@example.com\",\"externalId\":\"ext-%07d\",\"title\":\"Engineer\",\"name\":{\"givenName\":\"Seed\",\"familyName\":\"User %d\"},\"emails\":[{\"value\":\"seed%07d@example.com\",\"type\":\"work\",\"primary\":true}],\"active\":true}}", n, n, n, n, n
            }
            printf "]}"
        }' | taskset -c 1 curl -sf -X POST "$scim/Bulk" -H "$auth" -H 'Content-Type: application/scim+json' \
            --data-binary @- | grep -o '/Users/[0-9a-f-]\{36\}' | cut -d/ -f3 >>"$work/ids"
    done
    have=$(wc -l <"$work/ids")
    [ "$have" -eq "$target" ] || { echo "seeding stopped at $have users" >&2; exit 1; }
    # PostgreSQL: statistics for the rows just seeded before anything is measured (autovacuum's ANALYZE may come
    # much later, and until then the planner guesses from the table as it was).
    if [ -n "$pg_database" ]; then psql "$database" -qc ANALYZE; fi
    echo "  seeded to $target users in $(awk -v ns=$(($(date +%s%N) - started)) 'BEGIN{printf "%.1f", ns / 1e9}') s"
}

# The engine's CPU time so far (user + system, clock ticks).
engine_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# Per thread: "name ticks" lines (threads named by the engine, e.g. scim-log-writer; the rest by their program).
thread_ticks() {
    local t
    for t in /proc/"$pid"/task/*; do
        printf '%s %s\n' "$(tr ' ' _ <"$t/comm")" "$(sed -E 's/^.*\) //' "$t/stat" | awk '{print $12 + $13}')"
    done 2>/dev/null | awk '{s[$1] += $2} END {for (n in s) print n, s[n]}'
}

# wrk run → "rps p99_ms cpu_us": cpu_us is the engine's CPU time per request, which other load on the machine
# changes much less than the request rate.
throughput() { # lua-script
    local line ticks threads_before
    ticks=$(engine_ticks)
    threads_before=$(thread_ticks)
    line=$(IDS_FILE=$work/ids USERS_NOW=$(wc -l <"$work/ids") NAME_DIGITS=7 taskset -c 1 wrk -t1 -c"$connections" -d"$duration" \
        -H "$auth" -s "$1" "$scim/Users" | grep '^RESULT' || true)
    ticks=$(($(engine_ticks) - ticks))
    # Which threads spent the engine's CPU during the run (a busy log writer or checkpoint shows up here).
    awk -v label="$(basename "$1" .lua)" 'NR == FNR {b[$1] = $2; next} {d = $2 - b[$1]; if (d > 0) s = s sprintf(" %s %d", $1, d)}
        END {print "  engine threads (ticks) during " label ":" s}' <(echo "$threads_before") <(thread_ticks) >&2
    local rps p99 errors requests
    rps=$(sed -E 's/.*rps=([0-9]+).*/\1/' <<<"$line")
    p99=$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")
    errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")
    requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    [ "$errors" = 0 ] || echo "  warning: $errors errors in $1" >&2
    echo "$rps $p99 $(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN{printf "%.0f", n ? t * 1e6 / hz / n : 0}')"
}

# The run with the median request rate of $runs runs of throughput (a 10-s run on a shared 2-core machine moves by
# 10 % and more from one run to the next; every run is printed).
median_throughput() { # lua-script
    local i line
    for ((i = 0; i < runs; i++)); do
        line=$(throughput "$1")
        echo "  $(basename "$1" .lua) run $((i + 1)): $line (req/s, p99 ms, CPU µs per request)" >&2
        echo "$line"
    done | sort -n | sed -n "$(((runs + 1) / 2))p"
}

# Median of $repeat timings (ms) of one GET.
median_ms() { # url
    for ((i = 0; i < repeat; i++)); do
        taskset -c 1 curl -sf -o /dev/null -w '%{time_total}\n' "$1" -H "$auth"
    done | sort -n | awk '{t[NR] = $1} END {printf "%.1f", t[int((NR + 1) / 2)] * 1000}'
}

# Walks every user with a cursor, count 1000; prints "seconds server_seconds pages users" (server_seconds: the sum
# of the responses' times, without the script's own work between pages) and leaves a cursor from 90 % of the way
# in $work/deep-cursor.
cursor_walk() {
    local started cursor="" pages=0 seen=0 total server=0 took field
    started=$(date +%s%N)
    total=$(wc -l <"$work/ids")
    : >"$work/deep-cursor"
    while :; do
        took=$(taskset -c 1 curl -sf -o "$work/page" -w '%{time_total}' \
            "$scim/Users?count=1000&attributes=userName&cursor=$cursor" -H "$auth")
        server=$(awk -v a="$server" -v b="$took" 'BEGIN{print a + b}')
        pages=$((pages + 1))
        cursor=""
        while IFS= read -r field; do
            case $field in
            \"itemsPerPage\":*) seen=$((seen + ${field#*:})) ;;
            \"nextCursor\":*) cursor=${field#*:\"} cursor=${cursor%\"} ;;
            esac
        done < <(grep -oE '"(itemsPerPage":[0-9]+|nextCursor":"[^"]*")' "$work/page")
        [ -z "$cursor" ] && break
        [ ! -s "$work/deep-cursor" ] && [ "$seen" -ge $((total * 9 / 10)) ] && echo "$cursor" >"$work/deep-cursor"
    done
    echo "$(awk -v ns=$(($(date +%s%N) - started)) 'BEGIN{printf "%.1f", ns / 1e9}') $(printf '%.1f' "$server") $pages $seen"
}

rss_mb() { awk '/^VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
hwm_mb() { awk '/^VmHWM/{printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
# The store, and the request log next to it.
size_mb() { # files (missing ones count 0)
    local f total=0
    for f; do [ -e "$f" ] && total=$((total + $(stat -c %s "$f"))); done
    awk -v b="$total" 'BEGIN{printf "%.0f", b / 1048576}'
}
# On PostgreSQL the request log is in the same database: its tables' size.
db_mb() {
    if [ -n "$pg_database" ]; then
        psql "$database" -tAc "SELECT round((pg_database_size(current_database())
            - coalesce((SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
                        WHERE c.relkind IN ('r', 'p') AND c.relname LIKE 'log%'), 0)) / 1048576.0)"
    else
        size_mb "$db" "$db-wal"
    fi
}
log_mb() {
    if [ -n "$pg_database" ]; then
        psql "$database" -tAc "SELECT round(coalesce(sum(pg_total_relation_size(c.oid)), 0) / 1048576.0)
            FROM pg_class c WHERE c.relkind IN ('r', 'p') AND c.relname LIKE 'log%'"
    else
        size_mb "$db-logs" "$db-logs-wal"
    fi
}

cat "$here/random-id.lua" "$here/report.lua" >"$work/get-id.lua"
cat "$here/random-name.lua" "$here/report.lua" >"$work/get-name.lua"

declare -A result
measure() { # label (users)
    local n=$1 walk
    echo "measuring at $n users..."
    read -r result[$n.id_rps] result[$n.id_p99] result[$n.id_cpu] < <(median_throughput "$work/get-id.lua")
    read -r result[$n.name_rps] result[$n.name_p99] result[$n.name_cpu] < <(median_throughput "$work/get-name.lua")
    result[$n.rss]=$(rss_mb)
    result[$n.hwm]=$(hwm_mb)
    result[$n.index_ms]=$(median_ms "$scim/Users?startIndex=$((n - 200))&count=100")
    walk=$(cursor_walk)
    read -r result[$n.walk_s] result[$n.walk_server_s] result[$n.walk_pages] result[$n.walk_users] <<<"$walk"
    [ "${result[$n.walk_users]}" -eq "$n" ] || echo "  warning: the cursor walk saw ${result[$n.walk_users]} users" >&2
    result[$n.cursor_ms]=$(median_ms "$scim/Users?count=100&cursor=$(cat "$work/deep-cursor")")
    result[$n.rss_after]=$(rss_mb)
    result[$n.hwm_after]=$(hwm_mb)
    stop_engine
    result[$n.db]=$(db_mb)
    result[$n.log]=$(log_mb)
    start_engine
    result[$n.restart_ms]=$startup_ms
    result[$n.rss_restart]=$(rss_mb)
}

seed_to "$baseline"
measure "$baseline"
if [ "$users" != "$baseline" ]; then
    seed_to "$users"
    measure "$users"
fi

b=$baseline u=$users
pct() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.0f %%", b ? a * 100 / b : 0}'; }
printf '\n%-46s %14s %14s %10s\n' "measure" "$b users" "$u users" "ratio"
printf '%-46s %14s %14s %10s\n' "GET /Users/{id} (req/s, random id)" "${result[$b.id_rps]}" "${result[$u.id_rps]}" \
    "$(pct "${result[$u.id_rps]}" "${result[$b.id_rps]}")"
printf '%-46s %14s %14s\n' "  p99 (ms)" "${result[$b.id_p99]}" "${result[$u.id_p99]}"
printf '%-46s %14s %14s %10s\n' "  engine CPU per request (µs)" "${result[$b.id_cpu]}" "${result[$u.id_cpu]}" \
    "$(pct "${result[$u.id_cpu]}" "${result[$b.id_cpu]}")"
printf '%-46s %14s %14s %10s\n' "GET ?filter=userName eq (req/s, random name)" "${result[$b.name_rps]}" \
    "${result[$u.name_rps]}" "$(pct "${result[$u.name_rps]}" "${result[$b.name_rps]}")"
printf '%-46s %14s %14s\n' "  p99 (ms)" "${result[$b.name_p99]}" "${result[$u.name_p99]}"
printf '%-46s %14s %14s %10s\n' "  engine CPU per request (µs)" "${result[$b.name_cpu]}" "${result[$u.name_cpu]}" \
    "$(pct "${result[$u.name_cpu]}" "${result[$b.name_cpu]}")"
printf '%-46s %14s %14s\n' "list page at startIndex N-200, count 100 (ms)" "${result[$b.index_ms]}" \
    "${result[$u.index_ms]}"
printf '%-46s %14s %14s\n' "cursor page at 90 % of the walk, count 100 (ms)" "${result[$b.cursor_ms]}" \
    "${result[$u.cursor_ms]}"
printf '%-46s %14s %14s\n' "full cursor walk, count 1000 (s)" "${result[$b.walk_s]}" "${result[$u.walk_s]}"
printf '%-46s %14s %14s\n' "  of which in the engine's responses (s)" "${result[$b.walk_server_s]}" \
    "${result[$u.walk_server_s]}"
printf '%-46s %14s %14s\n' "engine RSS after the GETs (MB)" "${result[$b.rss]}" "${result[$u.rss]}"
printf '%-46s %14s %14s\n' "engine RSS after the walk / peak (MB)" "${result[$b.rss_after]} / ${result[$b.hwm_after]}" \
    "${result[$u.rss_after]} / ${result[$u.hwm_after]}"
printf '%-46s %14s %14s\n' "cold restart to serving (ms)" "${result[$b.restart_ms]}" "${result[$u.restart_ms]}"
printf '%-46s %14s %14s\n' "engine RSS after the restart (MB)" "${result[$b.rss_restart]}" "${result[$u.rss_restart]}"
printf '%-46s %14s %14s\n' "database size (MB)" "${result[$b.db]}" "${result[$u.db]}"
printf '%-46s %14s %14s\n' "request log size (MB)" "${result[$b.log]}" "${result[$u.log]}"
