#!/usr/bin/env bash
# A throwaway redis-server on loopback for tests and local runs.
#
#   scripts/redis.sh start   install redis-server if missing, start it daemonized, print its URL
#   scripts/redis.sh stop    stop the instance started here (by its pidfile)
#   scripts/redis.sh url     print the URL
#   scripts/redis.sh status  exit 0 when the instance answers PING
#
# Everything lives under $ROOT/.local/redis (git-ignored); nothing is persisted.
# REDIS_PORT (default 56379) picks the port. Safe to call `start` repeatedly.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${REDIS_PORT:-56379}"
HOST=127.0.0.1
DIR="$ROOT/.local/redis"
PIDFILE="$DIR/redis-$PORT.pid"
LOGFILE="$DIR/redis-$PORT.log"
URL="redis://$HOST:$PORT"

log() { echo "redis.sh: $*" >&2; }

install_if_missing() {
    if command -v redis-server >/dev/null 2>&1; then
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        log "redis-server is not installed and installing it needs root (apt-get install redis-server)"
        exit 1
    fi
    log "installing redis-server with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends redis-server </dev/null >&2; then
        apt-get update -q </dev/null >&2
        apt-get install -y -q --no-install-recommends redis-server </dev/null >&2
    fi
    # The Debian package starts a system instance on 6379; we never use it.
}

running_pid() {
    [ -f "$PIDFILE" ] || return 1
    local pid
    pid="$(cat "$PIDFILE" 2>/dev/null || true)"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

answers_ping() {
    if command -v redis-cli >/dev/null 2>&1; then
        [ "$(redis-cli -h "$HOST" -p "$PORT" PING 2>/dev/null)" = "PONG" ]
    else
        (exec 3<>"/dev/tcp/$HOST/$PORT" && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null
    fi
}

start() {
    install_if_missing
    mkdir -p "$DIR"
    if running_pid >/dev/null && answers_ping; then
        echo "$URL"
        return
    fi
    rm -f "$PIDFILE"
    redis-server \
        --bind "$HOST" \
        --port "$PORT" \
        --daemonize yes \
        --dir "$DIR" \
        --pidfile "$PIDFILE" \
        --logfile "$LOGFILE" \
        --save "" \
        --appendonly no \
        --protected-mode yes \
        --enable-debug-command local </dev/null >/dev/null \
        || redis-server \
            --bind "$HOST" \
            --port "$PORT" \
            --daemonize yes \
            --dir "$DIR" \
            --pidfile "$PIDFILE" \
            --logfile "$LOGFILE" \
            --save "" \
            --appendonly no </dev/null >/dev/null
    for _ in $(seq 1 50); do
        if answers_ping; then
            echo "$URL"
            return
        fi
        sleep 0.1
    done
    log "redis-server did not answer on $HOST:$PORT; last log lines:"
    tail -n 20 "$LOGFILE" >&2 2>/dev/null || true
    exit 1
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$PIDFILE"
        log "not running"
        return
    fi
    kill "$pid"
    for _ in $(seq 1 50); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; log "stopped (pid $pid)"; return; }
        sleep 0.1
    done
    log "pid $pid did not stop after 5 s"
    exit 1
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) echo "$URL" ;;
    status) running_pid >/dev/null && answers_ping ;;
    *)
        echo "usage: $0 start|stop|url|status" >&2
        exit 2
        ;;
esac
