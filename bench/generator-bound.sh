#!/usr/bin/env bash
# The generator self-check, demonstrated: barrage with one event-loop thread pinned to one core
# (`taskset -c 1 … --threads 1`) against nginx on the other core, once at an arrival rate it cannot
# reach (STARVED/s) and once at a comfortable one (COMFORTABLE/s). The first must be reported
# generator-bound (and exit 99 with --fail-on-generator-bound), the second must not.
#
#   bench/generator-bound.sh [STARVED=40000] [COMFORTABLE=500] [SECONDS=15]
#
# nginx listens on NGINX_PORT (18080 by default). Prints each run's verdict line, its CPU and lag
# figures from summary.json, and its exit code.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STARVED="${1:-40000}"
COMFORTABLE="${2:-500}"
RUN_SECONDS="${3:-15}"
need curl taskset python3
ulimit -n 20000 2>/dev/null || true
build_barrage
start_nginx
trap stop_nginx EXIT

work="$BENCH_DIR/generator-bound"
rm -rf "$work" && mkdir -p "$work"
cat >"$work/scenario.yaml" <<YAML
name: generator-bound
target: http://127.0.0.1:$NGINX_PORT
scenarios:
  open:
    executor: constant-arrival-rate
    rate: \${RATE}
    duration: ${RUN_SECONDS}s
    preAllocatedVUs: 200
    maxVUs: 1000
    gracefulStop: 5s
    flow:
      - get: /
YAML

for run in starved:$STARVED comfortable:$COMFORTABLE; do
    name="${run%%:*}"
    status=0
    taskset -c 1 "$BARRAGE" run "$work/scenario.yaml" --quiet --threads 1 --fail-on-generator-bound \
        --out "$work/$name" --env "RATE=${run##*:}" >"$work/$name.txt" 2>&1 || status=$?
    echo "== $name: ${run##*:}/s asked, exit $status"
    grep -E "generator" "$work/$name.txt" | sed 's/^ *//'
    python3 - "$work/$name/summary.json" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))
g = summary["generator"]
seconds = g["seconds"]
cpu = [s["cpuCores"] for s in seconds]
lag = [s["loopLagP99"] for s in seconds if s.get("loopLagP99") is not None]
late = sum(s["lateIterations"] for s in seconds), sum(s["iterations"] for s in seconds)
reqs = summary["metrics"]["metrics"]["http_reqs"]["values"]["sum"]
elapsed = summary["metrics"]["elapsedSeconds"]
ratio = summary["metrics"]["metrics"].get("achieved_rate_ratio", {}).get("values", {}).get("last")
print(f"   usable cores {g['usableCores']:g}; CPU mean {sum(cpu)/len(cpu):.2f}, peak {max(cpu):.2f} cores; "
      f"loop lag p99 median {sorted(lag)[len(lag)//2]:.2f} ms, max {max(lag):.2f} ms; "
      f"late starts {late[0]}/{late[1]}; {reqs/elapsed:,.0f} req/s achieved; achieved_rate_ratio {ratio}")
PY
done
