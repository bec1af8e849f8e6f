#!/usr/bin/env bash
# Outbound partner calls: how fast storefront's outbox delivers a backlog to the partner simulator, and
# what each delivery costs storefront (and the simulator) in CPU time, read from /proc around the drain.
#
#   bench/outbox-drain.sh [MESSAGES=20000] [LATENCY=0ms]
#
# Starts PostgreSQL and Redis (scripts/postgres.sh, scripts/redis.sh), a fresh database `outbox_bench`,
# the partner simulator with LATENCY and storefront (release build, rate limiting off), inserts MESSAGES
# order-confirmation emails (one order each) into the outbox in one statement, and waits (at most 10
# minutes) until none is pending. Each message is one partner call plus the dispatcher's bookkeeping (lease, mark sent);
# PostgreSQL's own CPU is not counted. STOREFRONT_BIN=PATH measures another storefront build the same
# way (e.g. main's, for before/after figures). Ports: STOREFRONT_PORT (8080), PARTNERS_PORT (18090),
# PGPORT, REDIS_PORT. Stops what it started (a PostgreSQL or Redis already running is left running).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MESSAGES="${1:-20000}"
LATENCY="${2:-0ms}"
PORT="${STOREFRONT_PORT:-8080}"
PARTNERS_PORT="${PARTNERS_PORT:-18090}"
work="$BENCH_DIR/outbox"
mkdir -p "$work"

source "$ROOT/scripts/stack.sh"
storefront="$(storefront_binary)"

server_url="$("$ROOT/scripts/postgres.sh" start)"
psql "$server_url" -qc "DROP DATABASE IF EXISTS outbox_bench WITH (FORCE)" -c "CREATE DATABASE outbox_bench" >/dev/null
export DATABASE_URL="${server_url%/*}/outbox_bench"
export REDIS_URL="$("$ROOT/scripts/redis.sh" start)"
export JWT_SECRET="$(head -c 48 /dev/urandom | base64 | tr -d '\n')"
export PARTNERS_URL="http://127.0.0.1:$PARTNERS_PORT"
export RATE_LIMIT_PER_MINUTE=0 LOG_LEVEL=warning HOST=127.0.0.1 PORT OUTBOX_POLL_INTERVAL=100ms

"$storefront" partners --port "$PARTNERS_PORT" --latency "$LATENCY" >"$work/partners.log" 2>&1 &
partners_pid=$!
"$storefront" serve >"$work/storefront.log" 2>&1 &
storefront_pid=$!
wait_until_ready "$PORT" 60 "$work/storefront.log" || exit 1
curl -fsS "http://127.0.0.1:$PARTNERS_PORT/_stats" >/dev/null

python3 - "$DATABASE_URL" "$MESSAGES" "$storefront_pid" "$partners_pid" "$PARTNERS_PORT" <<'PY'
import json, os, subprocess, sys, time, urllib.request

database, messages, storefront, partners, partners_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
ticks = os.sysconf("SC_CLK_TCK")

def cpu(pid):
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks

def psql(sql):
    return subprocess.run(["psql", database, "-tAqc", sql], check=True, capture_output=True, text=True).stdout.strip()

def emails():
    with urllib.request.urlopen(f"http://127.0.0.1:{partners_port}/_stats") as response:
        return json.load(response)["emails"]

before = {"storefront": cpu(storefront), "partners": cpu(partners)}
calls_before = emails()
started = time.monotonic()
# One order per message (a message's body is encoded from its order when it is sent), all by one buyer.
psql(f"""WITH buyer AS (
             INSERT INTO users (email, name, password_hash) VALUES ('outbox-bench@storefront.test', 'Bench', 'x')
             RETURNING id
         ),
         placed AS (
             INSERT INTO orders (user_id, total) SELECT buyer.id, 1000 FROM buyer, generate_series(1, {messages})
             RETURNING id
         )
         INSERT INTO outbox_messages (partner, kind, idempotency_key, order_id)
         SELECT 'email', 'email.order_confirmation', gen_random_uuid(), placed.id FROM placed""")
deadline = started + 600
while int(psql("SELECT count(*) FROM outbox_messages WHERE status = 'pending'")) > 0:
    if time.monotonic() > deadline:
        sys.exit("outbox-drain: the backlog was not delivered within 10 minutes")
    time.sleep(0.2)
elapsed = time.monotonic() - started
after = {"storefront": cpu(storefront), "partners": cpu(partners)}
sent = int(psql("SELECT count(*) FROM outbox_messages WHERE status = 'sent'"))
calls = emails() - calls_before
print(f"messages {messages}, sent {sent}, partner calls {calls}, drained in {elapsed:.1f} s: {sent / elapsed:,.0f} messages/s")
for name in ("storefront", "partners"):
    seconds = after[name] - before[name]
    print(f"  {name:10} CPU {seconds:6.2f} s = {seconds / max(sent, 1) * 1e6:6.0f} µs per message")
PY
