#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests: `pg-cluster.sh start DIR` runs initdb into
# DIR/data and starts the server listening only on a Unix socket in DIR (no TCP port), with
# a database `appealdesk_test` that has pg_trgm; `pg-cluster.sh stop DIR` stops it and
# removes DIR. CTest runs them as the `postgresql` fixture's setup and cleanup, so the
# server is stopped even when a test fails. The tests connect with
#   postgresql://appealdesk@/appealdesk_test?host=DIR
# The server refuses to run as root, so as root it runs as $APPEALDESK_PG_USER (nobody).
# APPEALDESK_PG_SERVER_OPTIONS adds server settings, e.g. "-c shared_buffers=1GB" for the million-case
# benchmarks (a team's server is sized for its desk; the default 128 MB holds a tenth of it).
set -euo pipefail

usage() {
    echo "usage: $0 start|stop|uri DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2
case "$dir" in
/*) ;;
*) echo "pg-cluster.sh: DIR must be an absolute path" >&2; exit 2 ;;
esac

# The newest installed server, unless APPEALDESK_PG_BIN names one.
bin=${APPEALDESK_PG_BIN:-}
if [ -z "$bin" ]; then
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/pg_ctl" ]; then
            bin=$candidate
            break
        fi
    done
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
    echo "pg-cluster.sh: no PostgreSQL server binaries (apt-get install postgresql)" >&2
    exit 3
fi

if [ "$(id -u)" -eq 0 ]; then
    run_user=${APPEALDESK_PG_USER:-nobody}
    # From / : the build folder may be one the server's user cannot enter (a clone under /root).
    as_user() { (cd / && runuser -u "$run_user" -- "$@"); }
else
    run_user=$(id -un)
    as_user() { "$@"; }
fi

# A server left by a run that was killed is stopped first: its socket would be in the way.
stop_server() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
}

case "$action" in
start)
    # The socket path (DIR/.s.PGSQL.5432) must fit in sun_path (107 bytes).
    if [ ${#dir} -gt 90 ]; then
        echo "pg-cluster.sh: $dir is too long for a Unix socket path" >&2
        exit 2
    fi
    stop_server
    rm -rf "$dir"
    mkdir -m 700 "$dir"
    [ "$(id -u)" -ne 0 ] || chown "$run_user" "$dir"
    as_user "$bin/initdb" -D "$dir/data" -U appealdesk --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Fast and private: no TCP, no fsync (the cluster is thrown away), the socket only in DIR.
    if ! as_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${APPEALDESK_PG_SERVER_OPTIONS:-}" \
        start >/dev/null; then
        cat "$dir/server.log" >&2 || true
        exit 1
    fi
    as_user "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -U appealdesk -d postgres \
        -c "CREATE DATABASE appealdesk_test" >/dev/null
    as_user "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -U appealdesk -d appealdesk_test \
        -c "CREATE EXTENSION pg_trgm" >/dev/null
    echo "postgresql://appealdesk@/appealdesk_test?host=$dir"
    ;;
stop)
    stop_server
    rm -rf "$dir"
    ;;
uri)
    echo "postgresql://appealdesk@/appealdesk_test?host=$dir"
    ;;
*)
    usage
    ;;
esac
