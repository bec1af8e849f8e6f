#!/usr/bin/env bash
# The main job: start storefront with a throwaway PostgreSQL and Redis and the partner simulator,
# seed it, run a scenario against it with barrage, write the report folder, print its path and the
# verdict, stop everything it started (also on Ctrl-C).
#
#   scripts/run.sh [SCENARIO (default Scenarios/smoke.yaml)] [more `barrage run` options]
#
# Environment: STOREFRONT_PORT (default 8080), PARTNERS_PORT (18090), SEED_USERS (100),
# SEED_PRODUCTS (500), BCRYPT_COST (8: cheap hashes so logins measure the server, not bcrypt),
# RATE_LIMIT_PER_MINUTE (0: load tests measure the service, not its limiter; set it to test the
# limiter). Exits with barrage's exit code (0 passed, 99 a threshold failed, 104 invalid scenario,
# 105 interrupted); 1 when the stack cannot start.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
SCENARIO="${1:-Scenarios/smoke.yaml}"
shift || true
PORT="${STOREFRONT_PORT:-8080}"
PARTNERS_PORT="${PARTNERS_PORT:-18090}"
RUN_DIR="$ROOT/.local/run"
mkdir -p "$RUN_DIR"

say() { echo "run.sh: $*" >&2; }

[[ -f "$SCENARIO" ]] || { say "no scenario file '$SCENARIO' (try one of: $(ls Scenarios/*.yaml | tr '\n' ' '))"; exit 104; }

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

if port_in_use "$PORT"; then
    say "port $PORT on 127.0.0.1 is already in use; stop whatever listens there or pick another with STOREFRONT_PORT=NNNN"
    exit 1
fi
if port_in_use "$PARTNERS_PORT"; then
    say "port $PARTNERS_PORT on 127.0.0.1 (partner simulator) is already in use; pick another with PARTNERS_PORT=NNNN"
    exit 1
fi

ulimit -n 20000 2>/dev/null || true

say "building barrage and storefront (release)…"
swift build -c release --product barrage >&2
swift build -c release --product storefront >&2
BIN="$(swift build -c release --show-bin-path)"

source scripts/stack.sh

DATABASE_URL="$(scripts/postgres.sh start)"
REDIS_URL="$(scripts/redis.sh start)"
export DATABASE_URL REDIS_URL
if [[ ! -s "$RUN_DIR/jwt-secret" ]]; then head -c 48 /dev/urandom | base64 | tr -d '\n' >"$RUN_DIR/jwt-secret"; fi
if [[ ! -s "$RUN_DIR/webhook-secret" ]]; then echo -n "whsec_$(head -c 32 /dev/urandom | base64 | tr -d '\n')" >"$RUN_DIR/webhook-secret"; fi
export JWT_SECRET="$(cat "$RUN_DIR/jwt-secret")"
export WEBHOOK_SECRETS="$(cat "$RUN_DIR/webhook-secret")"
export PARTNERS_URL="http://127.0.0.1:$PARTNERS_PORT"
export RATE_LIMIT_PER_MINUTE="${RATE_LIMIT_PER_MINUTE:-0}"
export BCRYPT_COST="${BCRYPT_COST:-8}"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@storefront.test}"
export ADMIN_PASSWORD="${ADMIN_PASSWORD:-admin-password-123}"
export HOST=127.0.0.1 PORT LOG_LEVEL="${LOG_LEVEL:-warning}"

say "seeding ${SEED_USERS:-100} users and ${SEED_PRODUCTS:-500} products…"
"$BIN/storefront" seed --users "${SEED_USERS:-100}" --products "${SEED_PRODUCTS:-500}" \
    --credentials-csv "$RUN_DIR/users.csv" >&2

"$BIN/storefront" partners --port "$PARTNERS_PORT" \
    --webhook-url "http://127.0.0.1:$PORT/api/webhooks/partner" >"$RUN_DIR/partners.log" 2>&1 &
partners_pid=$!
"$BIN/storefront" serve >"$RUN_DIR/storefront.log" 2>&1 &
storefront_pid=$!
wait_until_ready "$PORT" 20 "$RUN_DIR/storefront.log" || { say "storefront is not ready on port $PORT"; exit 1; }
say "storefront is up on http://127.0.0.1:$PORT, partner simulator on :$PARTNERS_PORT (logs: $RUN_DIR/)"

# Ctrl-C now reaches barrage too: it stops gracefully, writes its report and exits 105; this
# script then reports and cleans up as usual.
trap ':' INT TERM
set +e
"$BIN/barrage" run "$SCENARIO" --env "TARGET=http://127.0.0.1:$PORT" \
    --env "USERS_CSV=$RUN_DIR/users.csv" --env "ADMIN_EMAIL=$ADMIN_EMAIL" --env "ADMIN_PASSWORD=$ADMIN_PASSWORD" \
    "$@" >"$RUN_DIR/barrage.out"
status=$?
set -e
cat "$RUN_DIR/barrage.out"

report="$(sed -n 's/.*report: //p' "$RUN_DIR/barrage.out" | tail -1)"
case "$status" in
    0) verdict="PASSED: every threshold held" ;;
    99) verdict="FAILED: a threshold failed" ;;
    104) verdict="INVALID: the scenario or arguments are invalid" ;;
    105) verdict="INTERRUPTED" ;;
    *) verdict="ERROR (exit $status)" ;;
esac
[[ -n "$report" ]] && say "report: $report/report.html"
say "verdict: $verdict"
exit "$status"
