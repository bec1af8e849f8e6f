#!/usr/bin/env bash
# storefront under the template's load profiles, on this one machine (generator, server,
# PostgreSQL and Redis share the 2 cores): runs a scenario through the main command
# (scripts/run.sh) while bench/cpu-sampler.py records CPU per program and PostgreSQL's wait
# events, then prints the per-kind p95s against the template's budgets and where the time went.
#
#   bench/storefront-load.sh [SCENARIO=Scenarios/normal.yaml] [DURATION=60s]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SCENARIO="${1:-Scenarios/normal.yaml}"
DURATION="${2:-60s}"
name="$(basename "$SCENARIO" .yaml)"
work="$BENCH_DIR/storefront-$name"
rm -rf "$work" && mkdir -p "$work"
seconds="${DURATION%s}"

(cd "$ROOT" && swift build -c release >&2)
# The sampler starts once the stack is up (storefront answers), and covers the scenario's window.
(
    for _ in $(seq 600); do
        curl -fsS "http://127.0.0.1:${STOREFRONT_PORT:-8080}/health/ready" >/dev/null 2>&1 && break
        sleep 0.5
    done
    sleep 3
    "$ROOT/bench/cpu-sampler.py" "$work/cpu.json" "$((seconds - 5))" "$("$ROOT/scripts/postgres.sh" url)"
) &
sampler=$!
status=0
SEED_PRODUCTS="${SEED_PRODUCTS:-2000}" "$ROOT/scripts/run.sh" "$SCENARIO" --env "DURATION=$DURATION" \
    --out "$work/report" --no-progress >"$work/run.txt" 2>&1 || status=$?
wait "$sampler" || true

python3 - "$work" "$status" <<'PY'
import json, sys
work, status = sys.argv[1], sys.argv[2]
summary = json.load(open(f"{work}/report/summary.json"))
metrics = summary["metrics"]["metrics"]
print(f"scenario {summary['run']['name']}, exit {status}, {summary['run']['startedAt']} .. {summary['run']['endedAt']}")
print(f"http_reqs {int(metrics['http_reqs']['values']['sum'])}, "
      f"dropped_iterations {int(metrics.get('dropped_iterations', {}).get('values', {}).get('sum', 0))}")
for result in summary["thresholds"]:
    threshold = result["threshold"]
    print(f"  {result['outcome']:7} {threshold['metric']:35} {threshold['source']:12} observed {result.get('observed')}")
try:
    cpu = json.load(open(f"{work}/cpu.json"))
    print("CPU (cores, average / peak) during the run:")
    for group, figures in sorted(cpu.items()):
        if not group.startswith("_"):
            print(f"  {group:16} {figures['average_cores']:.2f} / {figures['peak_cores']:.2f}")
    print("PostgreSQL active backends by wait event (average):", cpu.get("_pg_active_backends_by_wait"))
except FileNotFoundError:
    print("no CPU samples")
PY
