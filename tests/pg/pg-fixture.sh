#!/usr/bin/env bash
# A private PostgreSQL 15 server for the test suite (CTest fixture "postgres", see tests/pg/CMakeLists.txt).
#   pg-fixture.sh start STATE_DIR [durable]   initdb in a fresh temporary directory, start on 127.0.0.1 and a free
#                                             port; "durable" keeps PostgreSQL's crash safety (for benchmarks)
#   pg-fixture.sh stop STATE_DIR              stop the server and remove its data
# STATE_DIR/url receives the superuser's URL (postgresql://postgres:PASSWORD@127.0.0.1:PORT/postgres, mode 0600);
# the suites create a database of their own on it. As root the server runs as the `postgres` user (runuser);
# otherwise as the current user. For tests durability is off (fsync, synchronous_commit): the data is thrown away.
set -euo pipefail

command=${1:-}
state=${2:-}
mode=${3:-test}
if [[ -z "$command" || -z "$state" ]]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

bin=${SCIM_PG_BINDIR:-}
if [[ -z "$bin" ]]; then
    for candidate in /usr/lib/postgresql/*/bin; do
        [[ -x "$candidate/initdb" ]] && bin=$candidate
    done
fi
if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "PostgreSQL server binaries not found (Debian: apt-get install postgresql, or packaging/install-deps.sh test)" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_server() {
    [[ -f "$state/pg.env" ]] || return 0
    # shellcheck disable=SC1091
    source "$state/pg.env"
    if [[ -n "${PGFIXTURE_DATA:-}" && -d "$PGFIXTURE_DATA" ]]; then
        as_owner "$bin/pg_ctl" -D "$PGFIXTURE_DATA/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PGFIXTURE_DATA"
    fi
    rm -f "$state/pg.env" "$state/url"
}

case "$command" in
start)
    mkdir -p "$state"
    stop_server # a server left behind by an interrupted run
    root=$(mktemp -d /tmp/scim-pg.XXXXXX)
    chmod 0755 "$root"
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
    printf '%s\n' "$password" >"$root/pwfile"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres: "$root"
    fi
    chmod 0600 "$root/pwfile"
    as_owner "$bin/initdb" -D "$root/data" -U postgres --pwfile="$root/pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 --encoding=UTF8 --locale=C --no-sync >"$root/initdb.log" 2>&1 || {
        cat "$root/initdb.log" >&2
        exit 1
    }
    rm -f "$root/pwfile"
    settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB"
    if [[ "$mode" == durable ]]; then
        # Debian's defaults for durability (fsync, synchronous commit, full page writes) and a realistic cache.
        settings="-c max_connections=200 -c shared_buffers=512MB -c max_wal_size=4GB"
    fi
    started=
    for _ in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        if as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 30 \
            -o "-p $port -k $root -c listen_addresses=127.0.0.1 $settings \
                -c log_min_messages=warning -c log_min_error_statement=panic" start >/dev/null 2>&1; then
            started=$port
            break
        fi
        # Port taken (or another transient failure): try another one.
        as_owner "$bin/pg_ctl" -D "$root/data" -m immediate -w stop >/dev/null 2>&1 || true
    done
    if [[ -z "$started" ]]; then
        echo "PostgreSQL did not start; its log:" >&2
        cat "$root/server.log" >&2 || true
        rm -rf "$root"
        exit 1
    fi
    {
        echo "PGFIXTURE_DATA=$root"
        echo "PGFIXTURE_PORT=$started"
    } >"$state/pg.env"
    umask 077
    printf 'postgresql://postgres:%s@127.0.0.1:%s/postgres\n' "$password" "$started" >"$state/url"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$started (data in $root)"
    ;;
stop)
    stop_server
    echo "PostgreSQL stopped"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
