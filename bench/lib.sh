# Shared helpers for the benchmark scripts (sourced, not run).

# Checks the tools and the engine binary, makes $work and starts an engine with one SCIM connection seeded
# with $1 users. Needs $build and $port; sets $engine, $work, $base, $admin, $conn, $token, $scim.
bench_setup() {
    local users=$1
    engine=$build/bin/scim-engine
    for tool in wrk curl taskset awk; do
        command -v "$tool" >/dev/null || { echo "missing $tool (packaging/install-deps.sh bench)" >&2; exit 1; }
    done
    [ -x "$engine" ] || { echo "build first: $engine not found" >&2; exit 1; }
    work=$(mktemp -d)
    trap 'bench_stop_engine; rm -rf "$work"' EXIT
    bench_start_engine
    bench_create_connection
    echo "seeding $users users..."
    bench_seed_users "$users"
}

# The engine's request thread (the main thread, tid = pid) is pinned to CPU ${ENGINE_CPU:-0}; its background threads
# (WAL checkpointer, log writer) may run on either CPU, as they would on any multi-core server. ENGINE_ARGS adds
# flags, e.g. ENGINE_ARGS=--no-request-log for the baseline without request logging. $database (default: an SQLite
# file in $work) may be a postgresql:// URL; $port and $log name the listener and the engine's output file. TLS=1
# serves HTTPS with a self-signed EC certificate made here with openssl (curl trusts it; wrk does not check it).
# ENGINE_WRAPPER runs the engine under a tool (valgrind); ENGINE_START_SECONDS is how long it may take to listen.
bench_start_engine() {
    admin=bench-admin-token
    local log=${log:-$work/engine.log} scheme=http tls_args=()
    curl_tls=()
    if [ "${TLS:-0}" = 1 ]; then
        [ -f "$work/tls.crt" ] || openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
            -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -keyout "$work/tls.key" -out "$work/tls.crt" \
            2>/dev/null
        tls_args=(--tls-cert "$work/tls.crt" --tls-key "$work/tls.key")
        curl_tls=(--cacert "$work/tls.crt")
        scheme=https
    fi
    # shellcheck disable=SC2086
    SCIM_ENGINE_ADMIN_TOKEN=$admin HOME=$work ${ENGINE_WRAPPER:-} "$engine" --listen 127.0.0.1:$port \
        --database "${database:-$work/bench.sqlite}" "${tls_args[@]}" ${ENGINE_ARGS:-} >"$log" 2>&1 &
    pid=$!
    pids="${pids:-} $pid"
    for _ in $(seq $((${ENGINE_START_SECONDS:-15} * 10))); do grep -q "listening on" "$log" && break; sleep 0.1; done
    grep -q "listening on" "$log" || { echo "the engine did not start:" >&2; cat "$log" >&2; exit 1; }
    taskset -p -c "${ENGINE_CPU:-0}" "$pid" >/dev/null
    base=$scheme://127.0.0.1:$port
}

# curl with the benchmark engine's certificate trusted when TLS=1.
bcurl() { curl "${curl_tls[@]}" "$@"; }

bench_stop_engine() {
    local p
    for p in ${pids:-${pid:-}}; do
        kill "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    pids=""
}

# Creates an okta connection with SCIM enabled and a token; sets $conn, $token, $scim. A benchmark measures the
# engine, not its per-connection rate limit (default 100 requests/s): the connection has it switched off.
bench_create_connection() {
    conn=$(bcurl -sf -X POST "$base/api/v2/connections" -H "Authorization: Bearer $admin" \
        -H 'Content-Type: application/json' \
        -d '{"name":"bench","strategy":"okta","options":{"rate_limit":{"requests_per_second":0}}}' \
        | sed -E 's/.*"id":"([^"]+)".*/\1/')
    echo "rate limit switched off for the benchmark's connection (options.rate_limit.requests_per_second = 0)"
    bcurl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration" -H "Authorization: Bearer $admin" >/dev/null
    token=$(bcurl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration/tokens" \
        -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' -d '{}' \
        | sed -E 's/.*"token":"([^"]+)".*/\1/')
    scim=$base/scim/v2/connections/$conn
}

# Seeds $1 users named seedNNNNN@example.com with 16 parallel keep-alive connections.
bench_seed_users() {
    local users=$1 cfg=$work/seed.curl start end count
    : >"$cfg"
    for i in $(seq 1 "$users"); do
        [ "$i" -gt 1 ] && echo next >>"$cfg"
        # --cacert is an option of one transfer: after "next" it must be given again (or every POST fails with 60).
        [ "${#curl_tls[@]}" -gt 0 ] && printf 'cacert = "%s"\n' "${curl_tls[1]}" >>"$cfg"
        printf 'url = "%s/Users"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/scim+json"\ndata = "{\\"userName\\":\\"seed%05d@example.com\\",\\"externalId\\":\\"ext-%05d\\",\\"title\\":\\"Engineer\\",\\"name\\":{\\"givenName\\":\\"Seed\\",\\"familyName\\":\\"User %d\\"},\\"emails\\":[{\\"value\\":\\"seed%05d@example.com\\",\\"type\\":\\"work\\",\\"primary\\":true}],\\"active\\":true%s}"\noutput = "/dev/null"\n' \
            "$scim" "$token" "$i" "$i" "$i" "$i" "${BENCH_EXTENSION_CURL:-}" >>"$cfg"
    done
    start=$(date +%s.%N)
    taskset -c 1 curl -s --no-progress-meter --parallel --parallel-max 16 -K "$cfg"
    end=$(date +%s.%N)
    count=$(bcurl -sf "$scim/Users?count=0" -H "Authorization: Bearer $token" | sed -E 's/.*"totalResults":([0-9]+).*/\1/')
    echo "seeded $count users in $(awk "BEGIN{printf \"%.1f\", $end - $start}") s"
}

# Declares a custom User extension with $1 string attributes on $conn (docs/schemas.md) and sets BENCH_EXTENSION
# (the extension as a JSON member, for post-user.lua) and BENCH_EXTENSION_CURL (the same for a curl config's data):
# users seeded or posted afterwards carry all of its attributes.
bench_declare_extension() {
    local n=$1 urn=urn:example:params:scim:schemas:extension:bench:2.0:User attributes extension
    attributes=$(for i in $(seq 1 "$n"); do printf '{"name":"attr%02d","type":"string"}\n' "$i"; done | paste -sd,)
    bcurl -sf -X POST "$base/api/v2/connections/$conn/scim-configuration/custom-schemas" \
        -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d "{\"resource_type\":\"User\",\"schema\":{\"id\":\"$urn\",\"name\":\"Bench\",\"attributes\":[$attributes]}}" \
        >/dev/null
    extension=$(for i in $(seq 1 "$n"); do printf '"attr%02d":"value %02d of the bench extension"\n' "$i" "$i"; done |
        paste -sd,)
    export BENCH_EXTENSION=",\"$urn\":{$extension}"
    BENCH_EXTENSION_CURL=${BENCH_EXTENSION//\"/\\\"}
    echo "custom extension with $n attributes declared; every user seeded or posted carries them"
}

# Writes the ids of every user of $scim to $1, one per line (index paging, 1,000 a page).
bench_user_ids() {
    local file=$1 start=1 page
    : >"$file"
    while :; do
        page=$(bcurl -sf "$scim/Users?attributes=id&count=1000&startIndex=$start" -H "Authorization: Bearer $token" |
            grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 || true)
        [ -n "$page" ] || break
        echo "$page" >>"$file"
        start=$((start + 1000))
    done
}

# The benchmarks over a large request log (overview-bench.sh, log-viewer-bench.sh): checks that scim-engine, log_seed
# and the given tools are built in $build/bin, makes $work (removed on exit, the engine stopped) and sets $admin and
# $base for an engine on 127.0.0.1:$port. Needs $build and $port.
bench_log_setup() {
    local tool
    for tool in scim-engine log_seed "$@"; do
        [ -x "$build/bin/$tool" ] || { echo "build first: $build/bin/$tool not found" >&2; exit 1; }
    done
    work=$(mktemp -d)
    pid=
    admin=bench-admin-token
    base=http://127.0.0.1:$port
    trap 'bench_log_engine_stop; rm -rf "$work"' EXIT
}

# Starts the engine on $work/bench.sqlite keeping every event (no event limit, no retention), as written by log_seed;
# sets $pid. Its output goes to $work/engine.log.
bench_log_engine_start() {
    : >"$work/engine.log"
    SCIM_ENGINE_ADMIN_TOKEN=$admin "$build/bin/scim-engine" --listen "127.0.0.1:$port" --database "$work/bench.sqlite" \
        --log-max-events 0 --log-retention-days 0 >"$work/engine.log" 2>&1 &
    pid=$!
    for _ in $(seq 150); do grep -q "listening on" "$work/engine.log" && break; sleep 0.1; done
    grep -q "listening on" "$work/engine.log" || { echo "the engine did not start:" >&2; cat "$work/engine.log" >&2; exit 1; }
}

bench_log_engine_stop() {
    [ -n "${pid:-}" ] || return 0
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
}
