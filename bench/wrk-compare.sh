#!/usr/bin/env bash
# barrage against wrk on the same local nginx: requests/s and the generator's own CPU per
# request, measured in the same run, same connection count, same duration.
#
#   bench/wrk-compare.sh [CONNECTIONS=50] [SECONDS=15]
#
# nginx runs on CPU 0, the generator on CPU 1 (taskset), one thread each (wrk -t1, barrage
# --threads 1). CPU time is the generator's user+system time from getrusage. Target: barrage
# spends at most 2× wrk's CPU per request on this single-GET constant-vus scenario.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CONNECTIONS="${1:-50}"
SECONDS_RUN="${2:-15}"
need wrk curl taskset
ulimit -n 20000 2>/dev/null || true
build_barrage
start_nginx
trap stop_nginx EXIT

work="$BENCH_DIR/wrk-compare"
rm -rf "$work" && mkdir -p "$work"
cat >"$work/scenario.yaml" <<YAML
name: wrk-compare
target: http://127.0.0.1:$NGINX_PORT
scenarios:
  get:
    executor: constant-vus
    vus: $CONNECTIONS
    duration: ${SECONDS_RUN}s
    gracefulStop: 5s
    flow:
      - get: /
YAML

echo "warming up nginx..." >&2
taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT/" >/dev/null

taskset -c 1 "$ROOT/bench/measure.py" "$work/wrk.cost.json" -- \
    wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_RUN}s" "http://127.0.0.1:$NGINX_PORT/" >"$work/wrk.txt"
wrk_requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")

taskset -c 1 "$ROOT/bench/measure.py" "$work/barrage.cost.json" -- \
    "$BARRAGE" run "$work/scenario.yaml" --quiet --threads 1 --out "$work/report" >"$work/barrage.txt" || true
barrage_requests=$(json_field "$work/report/summary.json" "['metrics']['metrics']['http_reqs']['values']['sum']" | cut -d. -f1)

python3 - "$work" "$wrk_requests" "$barrage_requests" "$SECONDS_RUN" "$CONNECTIONS" <<'PY'
import json, sys
work, wrk_requests, barrage_requests, seconds, connections = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5]
wrk = json.load(open(f"{work}/wrk.cost.json"))
barrage = json.load(open(f"{work}/barrage.cost.json"))
rows = []
for name, requests, cost in (("wrk", wrk_requests, wrk), ("barrage", barrage_requests, barrage)):
    per_request = cost["cpu_seconds"] / requests * 1e6
    rows.append((name, requests, requests / seconds, cost["cpu_seconds"], per_request, cost["max_rss_kib"] / 1024))
print(f"connections={connections} duration={seconds:.0f}s nginx on CPU 0, generator on CPU 1")
print(f"{'tool':8} {'requests':>10} {'req/s':>10} {'CPU s':>8} {'µs CPU/req':>11} {'peak RSS MiB':>13}")
for name, requests, rate, cpu, per_request, rss in rows:
    print(f"{name:8} {requests:>10} {rate:>10.0f} {cpu:>8.2f} {per_request:>11.2f} {rss:>13.1f}")
ratio = rows[1][4] / rows[0][4]
print(f"barrage/wrk CPU per request: {ratio:.2f}x (target <= 2.00x)")
PY
