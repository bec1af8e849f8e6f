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

# Waits until storefront, started as storefront_pid on port $1, answers /health/ready; gives up after
# $2 seconds (default 30) or, with its log $3 printed, when the process has exited.
wait_until_ready() {
    local port="$1" seconds="${2:-30}" log="${3:-}"
    local attempt
    for ((attempt = 0; attempt < seconds * 5; attempt++)); do
        curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
        if ! kill -0 "$storefront_pid" 2>/dev/null; then
            echo "storefront exited during start-up${log:+; its log:}" >&2
            if [[ -n "$log" ]]; then cat "$log" >&2; fi
            return 1
        fi
        sleep 0.2
    done
    curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1
}

# The storefront binary the benchmarks measure: $STOREFRONT_BIN, or a release build of this checkout.
storefront_binary() {
    if [[ -n "${STOREFRONT_BIN:-}" ]]; then
        echo "$STOREFRONT_BIN"
    else
        (cd "$STACK_ROOT" && swift build -c release --product storefront >&2)
        echo "$(cd "$STACK_ROOT" && swift build -c release --show-bin-path)/storefront"
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
