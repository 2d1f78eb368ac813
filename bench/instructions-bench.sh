#!/usr/bin/env bash
# Instructions per request (docs/benchmark.md, "Comparing builds"): runs scim-engine under callgrind, seeds USERS
# users, then sends REQUESTS requests of each kind one after the other over one keep-alive connection and prints
# the instructions the engine executed (all threads) per request:
#   GET /Users/{id} (random ids over every seeded user), GET /Users?filter=userName eq (random names), POST /Users.
# Request rates move by 20 % and more between two runs of one build when anything else runs on the machine;
# instruction counts do not, so this is how two builds are compared for a regression. The ids and names are drawn
# from a fixed seed: two builds see the same sequence. It is not a throughput figure (cache misses cost no
# instructions); bench/run-bench.sh gives those.
#
#   bench/instructions-bench.sh [build-dir]                 (default: build)
#   USERS=2000 REQUESTS=2000 CUSTOM_ATTRIBUTES=0 PORT=18451 bench/instructions-bench.sh build-ci
# CUSTOM_ATTRIBUTES=N declares a custom User extension with N string attributes; then every seeded and posted user
# carries all of them (as in run-bench.sh). PROFILES=DIR keeps each workload's callgrind profiles there, one per
# thread (for callgrind_annotate; thread01 is the request thread). Needs valgrind.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
users=${USERS:-2000}
requests=${REQUESTS:-2000}
custom=${CUSTOM_ATTRIBUTES:-0}
port=${PORT:-18451}
. "$here/lib.sh"
engine=$build/bin/scim-engine
for tool in valgrind callgrind_control curl shuf openssl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (packaging/install-deps.sh bench)" >&2; exit 1; }
done
[ -x "$engine" ] || { echo "build first: $engine not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'bench_stop_engine; rm -rf "$work"' EXIT

ENGINE_WRAPPER="valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file=$work/callgrind.%p" ENGINE_START_SECONDS=120 \
    bench_start_engine
bench_create_connection
if [ "$custom" -gt 0 ]; then
    bench_declare_extension "$custom"
fi
echo "seeding $users users under callgrind..."
bench_seed_users "$users"
bench_user_ids "$work/ids"

# A fixed random source: the same sequence of ids and names for every build.
random() { shuf -n "$requests" -r --random-source=<(openssl enc -aes-256-ctr -pass pass:scim-console -nosalt -pbkdf2 \
    </dev/zero 2>/dev/null) "$@"; }
config() { # file url...
    local file=$1 url
    shift
    : >"$file"
    for url in "$@"; do
        [ -s "$file" ] && echo next >>"$file"
        printf 'url = "%s"\nheader = "Authorization: Bearer %s"\noutput = "/dev/null"\n' "$url" "$token" >>"$file"
    done
}
mapfile -t ids < <(random "$work/ids")
config "$work/get-id.curl" "${ids[@]/#/$scim/Users/}"
mapfile -t names < <(random -i "1-$users")
mapfile -t names < <(printf "$scim/Users?filter=userName%%20eq%%20%%22seed%05d%%40example.com%%22\n" "${names[@]}")
config "$work/get-name.curl" "${names[@]}"
: >"$work/post.curl"
for i in $(seq 1 "$requests"); do
    [ "$i" -gt 1 ] && echo next >>"$work/post.curl"
    printf 'url = "%s/Users"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\nheader = "Content-Type: application/scim+json"\ndata = "{\\"userName\\":\\"post%06d@example.com\\",\\"name\\":{\\"givenName\\":\\"Post\\",\\"familyName\\":\\"User %d\\"},\\"emails\\":[{\\"value\\":\\"post%06d@example.com\\",\\"type\\":\\"work\\",\\"primary\\":true}],\\"active\\":true%s}"\noutput = "/dev/null"\n' \
        "$scim" "$token" "$i" "$i" "$i" "${BENCH_EXTENSION_CURL:-}" >>"$work/post.curl"
done

dumps=0
measure() { # label curl-config
    local label=$1 total request_thread bad file
    callgrind_control -z "$pid" >/dev/null 2>&1
    curl -s --no-progress-meter -K "$2" -w '%{http_code}\n' >"$work/codes"
    # Let the request log's writer flush what these requests logged, so its work is counted with them. (Its cost per
    # request is overstated here: one request at a time makes batches of a few events, where load makes hundreds.)
    sleep 2
    callgrind_control -d "$pid" >/dev/null 2>&1
    dumps=$((dumps + 1))
    # One file per thread (--separate-threads): -01 is the request thread (the event loop that parses, handles
    # and answers requests); the others are the request log's writer, the WAL checkpointer and Qt's own.
    request_thread=$(sed -nE 's/^(summary|totals): ([0-9]+).*/\2/p' "$work/callgrind.$pid.$dumps-01" | head -1)
    total=0
    for file in "$work/callgrind.$pid.$dumps"-*; do
        total=$((total + $(sed -nE 's/^(summary|totals): ([0-9]+).*/\2/p' "$file" | head -1)))
    done
    bad=$(grep -cv '^2' "$work/codes" || true)
    if [ -n "${PROFILES:-}" ]; then
        mkdir -p "$PROFILES"
        for file in "$work/callgrind.$pid.$dumps"-*; do
            cp "$file" "$PROFILES/$(tr -c 'A-Za-z\n' _ <<<"$label" | head -c 40).thread${file##*-}.callgrind"
        done
    fi
    printf '%-32s request_thread_per_req=%d all_threads_per_req=%d requests=%d non_2xx=%d\n' "$label" \
        "$((request_thread / requests))" "$((total / requests))" "$requests" "$bad"
}
echo "engine: $engine; $users users, $requests requests of each kind, one keep-alive connection"
measure "GET /Users/{id}" "$work/get-id.curl"
measure "GET /Users?filter=userName eq" "$work/get-name.curl"
measure "POST /Users" "$work/post.curl"
