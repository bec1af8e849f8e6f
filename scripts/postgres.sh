#!/usr/bin/env bash
# A throwaway PostgreSQL for storefront's development, tests and demos.
#
#   scripts/postgres.sh start   install (apt-get) if missing, create the cluster, start it, print DATABASE_URL
#   scripts/postgres.sh stop    stop the cluster started by `start`
#   scripts/postgres.sh url     print DATABASE_URL
#
# The cluster lives under $ROOT/.local/postgres (git-ignored) and listens on 127.0.0.1:${PGPORT:-55432}
# (and a unix socket in that folder). It creates the databases `storefront` and `storefront_test`.
# Idempotent: `start` on a running cluster only prints the URL.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PGPORT="${PGPORT:-55432}"
PGHOST_ADDR="127.0.0.1"
PGROOT="${STOREFRONT_PG_DIR:-$ROOT/.local/postgres}"
DATA="$PGROOT/data"
SOCKET_DIR="$PGROOT/socket"
LOG="$PGROOT/postgres.log"
DB_USER="storefront"
DB_PASSWORD="storefront"

log() { echo "postgres.sh: $*" >&2; }

url() {
    echo "postgres://$DB_USER:$DB_PASSWORD@$PGHOST_ADDR:$PGPORT/${1:-storefront}"
}

find_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

install_postgres() {
    log "PostgreSQL not found; installing it with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y --no-install-recommends postgresql >&2; then
        apt-get update >&2
        apt-get install -y --no-install-recommends postgresql >&2
    fi
}

# Runs a command as the cluster's owner: root may not run initdb/postgres.
as_owner() {
    if [[ "$(id -u)" == "0" ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

is_running() {
    [[ -f "$DATA/postmaster.pid" ]] && as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

init_cluster() {
    log "creating cluster in $DATA"
    mkdir -p "$PGROOT" "$SOCKET_DIR"
    if [[ "$(id -u)" == "0" ]]; then
        chown -R postgres:postgres "$PGROOT"
        # postgres must be able to reach the folder through every parent
        local dir="$PGROOT"
        while [[ "$dir" != "/" ]]; do
            chmod o+x "$dir" 2>/dev/null || true
            dir="$(dirname "$dir")"
        done
    fi
    local pwfile
    pwfile="$(mktemp)"
    echo "$DB_PASSWORD" >"$pwfile"
    chmod 644 "$pwfile"
    as_owner "$BINDIR/initdb" -D "$DATA" -U "$DB_USER" --pwfile="$pwfile" -A scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log" 2>&1 || {
        rm -f "$pwfile"
        cat "$PGROOT/initdb.log" >&2
        exit 1
    }
    rm -f "$pwfile"
    cat >>"$DATA/postgresql.conf" <<CONF
listen_addresses = '$PGHOST_ADDR'
port = $PGPORT
unix_socket_directories = '$SOCKET_DIR'
max_connections = 400
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
}

start() {
    if [[ ! -d "$DATA" || ! -f "$DATA/PG_VERSION" ]]; then
        init_cluster
    fi
    if ! is_running; then
        log "starting on $PGHOST_ADDR:$PGPORT"
        # The port is given on the command line too, so a cluster created with another PGPORT
        # still listens where this run expects it.
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -o "-p $PGPORT" -w -t 60 start >/dev/null || {
            tail -n 30 "$LOG" >&2
            exit 1
        }
    fi
    create_database storefront
    create_database storefront_test
    url
}

create_database() {
    local name="$1"
    local exists
    exists="$(PGPASSWORD="$DB_PASSWORD" "$BINDIR/psql" -h "$PGHOST_ADDR" -p "$PGPORT" -U "$DB_USER" -d postgres \
        -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")"
    if [[ "$exists" != "1" ]]; then
        PGPASSWORD="$DB_PASSWORD" "$BINDIR/createdb" -h "$PGHOST_ADDR" -p "$PGPORT" -U "$DB_USER" "$name"
    fi
}

stop() {
    if is_running; then
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
        log "stopped"
    else
        log "not running"
    fi
}

command="${1:-start}"
case "$command" in
url)
    url
    exit 0
    ;;
start | stop) ;;
*)
    echo "usage: $0 start|stop|url" >&2
    exit 2
    ;;
esac

BINDIR="$(find_bindir || true)"
if [[ -z "$BINDIR" ]]; then
    [[ "$command" == "stop" ]] && { log "not installed"; exit 0; }
    install_postgres
    BINDIR="$(find_bindir)" || { log "initdb not found after installing postgresql"; exit 1; }
fi
"$command"
