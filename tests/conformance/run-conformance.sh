#!/usr/bin/env bash
# Runs Microsoft's SCIM validator Postman collection (every folder but "Get Token") with newman against a real scim-engine.
#
#   tests/conformance/run-conformance.sh <build-dir>
#
# Starts <build-dir>/bin/scim-engine on a free loopback port with a database in a temporary directory, creates a
# connection, its SCIM configuration and a token through the Management API (curl), prepares the collection
# (prepare-collection.js), runs newman and prints the assertion counts and every failure (summarize-run.js).
# Exits 0 only when every assertion passed. See docs/conformance.md.
#
# Environment:
#   SCIM_CONFORMANCE_COLLECTION  the collection file (default: <repo>/../shared/conformance/
#                                microsoft-scim-tests.postman_collection.json)
#   SCIM_CONFORMANCE_KEEP=1      keep the temporary directory (engine log, prepared collection, newman report)
#   SCIM_TEST_BACKEND=postgres   run the engine on a fresh PostgreSQL database on the server whose superuser URL is
#                                in the file SCIM_TEST_PG_URL_FILE (the CTest fixture "postgres", tests/pg)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

die() {
    echo "run-conformance: $*" >&2
    exit 1
}

[[ $# -eq 1 ]] || { echo "usage: $0 <build-dir>" >&2; exit 2; }
build_dir="$(cd "$1" 2>/dev/null && pwd)" || die "build directory '$1' does not exist"
engine="$build_dir/bin/scim-engine"
[[ -x "$engine" ]] || die "no engine binary at $engine (build it: cmake --build --preset default --target scim-engine)"

# Missing tools are a failure, not a skip: the conformance run is part of the test suite.
for tool in node npm curl; do
    command -v "$tool" >/dev/null 2>&1 \
        || die "'$tool' is required but not installed (Debian: apt-get install nodejs npm curl)"
done

collection="${SCIM_CONFORMANCE_COLLECTION:-$repo/../shared/conformance/microsoft-scim-tests.postman_collection.json}"
[[ -f "$collection" ]] || die "collection not found: $collection (set SCIM_CONFORMANCE_COLLECTION)"

newman="$here/node_modules/.bin/newman"
if [[ ! -x "$newman" ]]; then
    echo "run-conformance: installing newman (npm ci) in $here"
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed; cannot install newman"
fi
[[ -x "$newman" ]] || die "newman is not installed in $here/node_modules"

work="$(mktemp -d "${TMPDIR:-/tmp}/scim-conformance.XXXXXX")"
engine_pid=""
database="$work/engine.sqlite"
pg_admin=""
pg_database=""
if [[ "${SCIM_TEST_BACKEND:-}" == postgres ]]; then
    command -v psql >/dev/null 2>&1 || die "'psql' is required for the PostgreSQL run (Debian: apt-get install postgresql)"
    pg_admin="$(cat "${SCIM_TEST_PG_URL_FILE:-/nonexistent}" 2>/dev/null)" \
        || die "SCIM_TEST_PG_URL_FILE does not name a readable file: is the CTest fixture 'postgres' running?"
    pg_database="conformance_$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    psql "$pg_admin" -qc "CREATE DATABASE $pg_database" >/dev/null || die "cannot create database $pg_database"
    database="${pg_admin%/*}/$pg_database"
fi
cleanup() {
    local status=$?
    if [[ -n "$engine_pid" ]] && kill -0 "$engine_pid" 2>/dev/null; then
        kill -TERM "$engine_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$engine_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$engine_pid" 2>/dev/null || true
    fi
    if [[ -n "$pg_database" ]]; then
        psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    if [[ "${SCIM_CONFORMANCE_KEEP:-0}" == 1 ]]; then
        echo "run-conformance: kept $work"
    else
        rm -rf "$work"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

admin_token="adm_conformance_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
SCIM_ENGINE_ADMIN_TOKEN="$admin_token" HOME="$work" "$engine" --listen 127.0.0.1:0 --database "$database" \
    >"$work/engine.log" 2>&1 &
engine_pid=$!

base_url=""
for _ in $(seq 100); do
    if line="$(grep -m1 -o 'listening on http://[^ ]*' "$work/engine.log" 2>/dev/null)"; then
        base_url="${line#listening on }"
        break
    fi
    kill -0 "$engine_pid" 2>/dev/null || break
    sleep 0.1
done
if [[ -z "$base_url" ]]; then
    cat "$work/engine.log" >&2 || true
    die "the engine did not report 'listening on' within 10 s"
fi
echo "run-conformance: engine $engine listening on $base_url"

# json_field FIELD: prints FIELD of the JSON object on stdin.
json_field() {
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s)[process.argv[1]];
             if(v===undefined){process.exit(1)}process.stdout.write(String(v))})' "$1"
}

# management METHOD PATH [JSON]: calls the Management API, prints the body, fails on a non-2xx status.
management() {
    local method="$1" path="$2" body="${3:-}" out status
    out="$work/management.out"
    status="$(curl -sS -o "$out" -w '%{http_code}' -X "$method" \
        -H "Authorization: Bearer $admin_token" -H 'Content-Type: application/json' \
        ${body:+--data "$body"} "$base_url/api/v2$path")" || die "Management API $method $path: curl failed"
    if [[ "$status" != 2* ]]; then
        die "Management API $method $path answered $status: $(cat "$out")"
    fi
    cat "$out"
}

connection_id="$(management POST /connections '{"name":"microsoft-conformance","strategy":"waad"}' | json_field id)" \
    || die "could not create the connection"
management POST "/connections/$connection_id/scim-configuration" '{}' >/dev/null
token="$(management POST "/connections/$connection_id/scim-configuration/tokens" '{}' | json_field token)" \
    || die "could not create a SCIM token"
echo "run-conformance: connection $connection_id, SCIM configured, token issued"

node "$here/prepare-collection.js" "$collection" "$work/collection.json" "$work/environment.json" \
    --base-url "$base_url" --connection "$connection_id" --token "$token"

set +e
"$newman" run "$work/collection.json" --environment "$work/environment.json" \
    --reporters cli,json --reporter-json-export "$work/newman-report.json" \
    --color off --disable-unicode --timeout-request 15000 --reporter-cli-no-console
newman_status=$?
set -e

summary_status=0
node "$here/summarize-run.js" "$work/newman-report.json" || summary_status=$?

if ! kill -0 "$engine_pid" 2>/dev/null; then
    echo "run-conformance: the engine exited during the run; its log:" >&2
    cat "$work/engine.log" >&2
    exit 1
fi
if [[ $summary_status -ne 0 || $newman_status -ne 0 ]]; then
    echo "run-conformance: FAILED (newman exit $newman_status)" >&2
    exit 1
fi
echo "run-conformance: all assertions passed"
