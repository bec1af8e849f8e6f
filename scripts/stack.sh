# The processes of a storefront stack that scripts start and must stop: PostgreSQL and Redis (stopped
# only when this script started them), the partner simulator and storefront (by PID). Sourced by
# scripts/run.sh and the benchmark scripts, not run. Callers set storefront_pid / partners_pid once
# they started those, and get the cleanup on exit and Ctrl-C.

STACK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
storefront_pid=""
partners_pid=""
postgres_was_running=0
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h 127.0.0.1 -p "${PGPORT:-55432}"; then
    postgres_was_running=1
fi
redis_was_running=0
if "$STACK_ROOT/scripts/redis.sh" status >/dev/null 2>&1; then redis_was_running=1; fi

# Sends SIGTERM to a process this script started and waits for it.
stop_pid() {
    if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
        kill -TERM "$1" 2>/dev/null || true
        wait "$1" 2>/dev/null || true
    fi
}

stack_cleanup() {
    local status=$?
    stop_pid "$storefront_pid"
    stop_pid "$partners_pid"
    if [[ $redis_was_running == 0 ]]; then "$STACK_ROOT/scripts/redis.sh" stop >/dev/null 2>&1 || true; fi
    if [[ $postgres_was_running == 0 ]]; then "$STACK_ROOT/scripts/postgres.sh" stop >/dev/null 2>&1 || true; fi
    exit "$status"
}
trap stack_cleanup EXIT
trap 'exit 130' INT TERM
