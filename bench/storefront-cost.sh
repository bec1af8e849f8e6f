#!/usr/bin/env bash
# CPU cost per request of storefront and of what each request makes PostgreSQL, Redis and the partner
# simulator do, per endpoint kind, and the cores the template's peak mix (2,500 product pages, 1,000 list
# pages, 1,000 searches, 500 orders per second) needs for storefront + PostgreSQL + Redis.
#
#   bench/storefront-cost.sh [SECONDS=10] [--statements] [--profile] [--no-webhooks]
#
# Starts its own stack as the main command does (release build, PostgreSQL with durability on, Redis, the
# partner simulator with its payment webhooks, storefront with rate limiting off) on a fresh database
# `storefront_cost`, seeds 10 users and 2,000 products, then runs bench/cost-runner.py: wrk closed loop
# per kind, CPU read from /proc per process. --statements also loads pg_stat_statements and prints
# the order phase's statements by execution time; --profile runs `perf record -g` on storefront and
# PostgreSQL during the order phase and prints their top symbols (perf adds its own CPU); --no-webhooks
# runs the partner simulator without its payment webhooks, to tell the order's own cost from the
# partner's callback. Ports: STOREFRONT_PORT (8080), PARTNERS_PORT (18090),
# PGPORT (55432), REDIS_PORT (56379). STOREFRONT_BIN=PATH measures that storefront binary instead of
# building the worktree's (e.g. a copy of an earlier build, for before/after figures). Stops what it started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SECONDS_PER_KIND=10
statements=0
profile=0
webhooks=(--webhook-url "http://127.0.0.1:${STOREFRONT_PORT:-8080}/api/webhooks/partner")
for argument in "$@"; do
    case "$argument" in
    --statements) statements=1 ;;
    --profile) profile=1 ;;
    --no-webhooks) webhooks=() ;;
    *[!0-9]* | "") echo "usage: $0 [SECONDS] [--statements] [--profile] [--no-webhooks]" >&2; exit 2 ;;
    *) SECONDS_PER_KIND="$argument" ;;
    esac
done
PORT="${STOREFRONT_PORT:-8080}"
PARTNERS_PORT="${PARTNERS_PORT:-18090}"
work="$BENCH_DIR/cost"
mkdir -p "$work"
need wrk

# Process bookkeeping and cleanup on exit and Ctrl-C, shared with scripts/run.sh.
source "$ROOT/scripts/stack.sh"
storefront="$(storefront_binary)"

server_url="$(PG_DURABILITY=durable PG_STAT_STATEMENTS=$statements "$ROOT/scripts/postgres.sh" start)"
psql "$server_url" -qc "DROP DATABASE IF EXISTS storefront_cost WITH (FORCE)" -c "CREATE DATABASE storefront_cost" >/dev/null
if [[ $statements == 1 ]]; then psql "${server_url%/*}/storefront_cost" -qc "CREATE EXTENSION pg_stat_statements"; fi
export DATABASE_URL="${server_url%/*}/storefront_cost"
export REDIS_URL="$("$ROOT/scripts/redis.sh" start)"
export CACHE_KEY_PREFIX="cost-$$:"
export JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export WEBHOOK_SECRETS="whsec_$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
export PARTNERS_URL="http://127.0.0.1:$PARTNERS_PORT"
export RATE_LIMIT_PER_MINUTE=0 BCRYPT_COST=8 LOG_LEVEL="${LOG_LEVEL:-warning}" HOST=127.0.0.1 PORT
export ADMIN_EMAIL="admin@storefront.test" ADMIN_PASSWORD="admin-password-123"

"$storefront" seed --users 10 --products 2000 --credentials-csv "$work/users.csv" >&2
"$storefront" partners --port "$PARTNERS_PORT" "${webhooks[@]}" >"$work/partners.log" 2>&1 &
partners_pid=$!
"$storefront" serve >"$work/storefront.log" 2>&1 &
storefront_pid=$!
wait_until_ready "$PORT" 30 "$work/storefront.log" || exit 1

postmaster="$(head -1 "$ROOT/.local/postgres/data/postmaster.pid")"
redis_pid="$(cat "$ROOT/.local/redis/redis-${REDIS_PORT:-56379}.pid")"
extra=()
if [[ $statements == 1 ]]; then extra+=(--statements); fi
if [[ $profile == 1 ]]; then
    command -v perf >/dev/null || { echo "--profile needs perf (apt-get install linux-perf)" >&2; exit 1; }
    extra+=(--profile "$work/profile")
fi
"$ROOT/bench/cost-runner.py" --url "http://127.0.0.1:$PORT" --database-url "$DATABASE_URL" \
    --storefront-pid "$storefront_pid" --partners-pid "$partners_pid" --redis-pid "$redis_pid" \
    --postmaster-pid "$postmaster" --seconds "$SECONDS_PER_KIND" --work "$work" --out "$work/cost.json" "${extra[@]}"
