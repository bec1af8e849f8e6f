#!/usr/bin/env bash
# Memory per virtual user: 10,000 VUs, each with its own keep-alive connection, held for 30 s
# against a local nginx; reports barrage's peak RSS. Target: ≤ 500 MB (k6 needs 1–5 MB per VU).
# With DATA_ROWS > 0 every VU also reads its own row of a generated CSV of that many rows
# (allocation: unique), to show the data file is shared, not copied per VU.
#
#   bench/memory-10k.sh [VUS=10000] [HOLD_SECONDS=30] [DATA_ROWS=0]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

VUS="${1:-10000}"
HOLD="${2:-30}"
DATA_ROWS="${3:-0}"
need curl taskset
ulimit -n 20000 || { echo "bench: cannot raise the open-file limit to 20000" >&2; exit 1; }
build_barrage
start_nginx
trap stop_nginx EXIT

work="$BENCH_DIR/memory-10k"
rm -rf "$work" && mkdir -p "$work"
data_section=""
query_line=""
if ((DATA_ROWS > 0)); then
    python3 - "$work/users.csv" "$DATA_ROWS" <<'PY'
import sys
path, rows = sys.argv[1], int(sys.argv[2])
with open(path, "w") as out:
    out.write("email,password,name\n")
    for n in range(1, rows + 1):
        out.write(f"user{n}@storefront.test,password-{n:08d},Customer Number {n}\n")
PY
    data_section="data:
  users:
    file: users.csv
    allocation: unique"
    query_line='        query: { who: "${users.email}" }'
fi
cat >"$work/scenario.yaml" <<YAML
name: memory-10k
target: http://127.0.0.1:$NGINX_PORT
$data_section
scenarios:
  hold:
    executor: ramping-vus
    startVUs: 0
    stages:
      - { duration: 10s, target: $VUS }
      - { duration: ${HOLD}s, target: $VUS }
    gracefulRampDown: 5s
    gracefulStop: 10s
    flow:
      - get: /api/v1/products
$query_line
        check: { status: 200 }
      - think: 5s
YAML

taskset -c 1 "$ROOT/bench/measure.py" "$work/barrage.cost.json" -- \
    "$BARRAGE" run "$work/scenario.yaml" --quiet --out "$work/report" >"$work/barrage.txt" || true

python3 - "$work" "$VUS" "$DATA_ROWS" <<'PY'
import json, sys
work, vus = sys.argv[1], int(sys.argv[2])
cost = json.load(open(f"{work}/barrage.cost.json"))
summary = json.load(open(f"{work}/report/summary.json"))
metrics = summary["metrics"]["metrics"]
values = lambda name: metrics.get(name, {}).get("values", {})
peak_mib = cost["max_rss_kib"] / 1024
print(f"data rows {sys.argv[3]}; VUs asked {vus}, vus_max {values('vus_max').get('max')}, http_reqs {values('http_reqs').get('sum')}, "
      f"failed requests {values('http_req_failed').get('passes', 0)}")
print(f"peak RSS {peak_mib:.1f} MiB = {peak_mib * 1024 / vus:.1f} KiB per VU (target <= 500 MB total)")
print(f"CPU {cost['cpu_seconds']:.1f} s over {cost['wall_seconds']:.1f} s wall")
PY
