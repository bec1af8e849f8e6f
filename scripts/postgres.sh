#!/usr/bin/env bash
# A throwaway PostgreSQL for storefront's development, tests and demos.
#
#   scripts/postgres.sh start   install (apt-get) if missing, create the cluster, start it, print DATABASE_URL
#   scripts/postgres.sh stop    stop the cluster started by `start`
#   scripts/postgres.sh url     print DATABASE_URL
#
# The cluster lives under $ROOT/.local/postgres (git-ignored) and listens on 127.0.0.1:${PGPORT:-55432}
# (and a unix socket in that folder). It creates the databases `storefront` and `storefront_test`.
# Idempotent: `start` on a running cluster only prints the URL (after applying the durability mode).
#
# Durability (PG_DURABILITY):
#   durable (default)  PostgreSQL's production settings: fsync, synchronous_commit and full_page_writes on.
#                      The main command and every benchmark run this way, so written figures are honest.
#   fast               all three off: a crash may lose or corrupt data. Only the test suite uses it
#                      (scripts/test.sh), because each test creates and drops its own database.
# The mode is applied with ALTER SYSTEM and a reload on every `start`, so it also holds for a cluster
# created earlier (whatever its postgresql.conf says) and for one that is already running.
#
# max_connections is 1000: the test suite runs its integration tests in parallel, each server under test
# with its own pool and outbox listener session. A cluster created with fewer is restarted once to raise it.
#
# PG_STAT_STATEMENTS=1 loads pg_stat_statements (restarting a running cluster that lacks it) and creates
# the extension in `storefront`, for per-statement costs (bench/storefront-cost.sh --statements).
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
shared_buffers = 256MB
CONF
}

# Runs SQL as the cluster's superuser (the storefront role created by initdb) in `postgres`, or in $2.
superuser_sql() {
    PGPASSWORD="$DB_PASSWORD" "$BINDIR/psql" -h "$PGHOST_ADDR" -p "$PGPORT" -U "$DB_USER" -d "${2:-postgres}" \
        -v ON_ERROR_STOP=1 -qtAc "$1"
}

# fsync and full_page_writes take effect on reload, synchronous_commit for every new session: no restart.
apply_durability() {
    local mode="${PG_DURABILITY:-durable}" value
    case "$mode" in
    durable) value=on ;;
    fast) value=off ;;
    *)
        log "PG_DURABILITY must be durable or fast, not '$mode'"
        exit 2
        ;;
    esac
    local current
    current="$(superuser_sql "SELECT current_setting('fsync') || current_setting('synchronous_commit') || current_setting('full_page_writes')")"
    if [[ "$current" != "$value$value$value" ]]; then
        superuser_sql "ALTER SYSTEM SET fsync = $value" >/dev/null
        superuser_sql "ALTER SYSTEM SET synchronous_commit = $value" >/dev/null
        superuser_sql "ALTER SYSTEM SET full_page_writes = $value" >/dev/null
        superuser_sql "SELECT pg_reload_conf()" >/dev/null
    fi
    if [[ "$mode" == durable ]]; then
        log "durability on (fsync, synchronous_commit, full_page_writes)"
    else
        log "durability OFF (PG_DURABILITY=fast: fsync, synchronous_commit, full_page_writes off; for tests only)"
    fi
}

MAX_CONNECTIONS=1000

too_few_connections() {
    (($(superuser_sql "SHOW max_connections") < MAX_CONNECTIONS))
}

statements_loaded() {
    [[ "$(superuser_sql "SHOW shared_preload_libraries")" == *pg_stat_statements* ]]
}

start() {
    if [[ ! -d "$DATA" || ! -f "$DATA/PG_VERSION" ]]; then
        init_cluster
    fi
    # The port is given on the command line too, so a cluster created with another PGPORT still
    # listens where this run expects it.
    local options="-p $PGPORT -c max_connections=$MAX_CONNECTIONS"
    if [[ "${PG_STAT_STATEMENTS:-0}" == 1 ]]; then
        options+=" -c shared_preload_libraries=pg_stat_statements"
    fi
    if is_running && [[ "${PG_STAT_STATEMENTS:-0}" == 1 ]] && ! statements_loaded; then
        log "restarting to load pg_stat_statements"
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    elif is_running && too_few_connections; then
        log "restarting to raise max_connections to $MAX_CONNECTIONS"
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    fi
    if ! is_running; then
        log "starting on $PGHOST_ADDR:$PGPORT"
        as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$LOG" -o "$options" -w -t 60 start >/dev/null || {
            tail -n 30 "$LOG" >&2
            exit 1
        }
    fi
    apply_durability
    create_database storefront
    create_database storefront_test
    if [[ "${PG_STAT_STATEMENTS:-0}" == 1 ]]; then
        superuser_sql "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" storefront >/dev/null
    fi
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
