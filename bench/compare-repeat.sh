#!/usr/bin/env bash
# How often `barrage compare --fail-on-regression` gets it right on a loaded machine: REPS repetitions,
# PARALLEL at a time, each running one scenario three times against a target of fixed latency (30 ms,
# 30 ms again, then 90 ms: three times slower) and comparing baseline with "same" and with "slower".
#
#   bench/compare-repeat.sh [REPS=20] [PARALLEL=4] [SECONDS=9] [TOLERANCE=25]
#
# Prints how many same-vs-same comparisons passed and how many 3×-slower ones failed, and how many of the
# same-vs-same pairs the old point-value gate (p99 or max worse by more than TOLERANCE %) would have failed.
# The target is bench/delay-server.py on DELAY_PORT (18121 by default).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REPS="${1:-20}"
PARALLEL="${2:-4}"
RUN_SECONDS="${3:-9}"
TOLERANCE="${4:-25}"
DELAY_PORT="${DELAY_PORT:-18121}"
need curl python3
build_barrage

work="$BENCH_DIR/compare-repeat"
rm -rf "$work" && mkdir -p "$work"
python3 "$ROOT/bench/delay-server.py" "$DELAY_PORT" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fsS "http://127.0.0.1:$DELAY_PORT/delay?ms=0" >/dev/null 2>&1 && break; sleep 0.1; done

cat >"$work/scenario.yaml" <<YAML
name: compare-repeat
target: http://127.0.0.1:$DELAY_PORT
scenarios:
  fixed:
    executor: constant-vus
    vus: 4
    duration: \${DURATION}
    flow:
      - get: /delay?ms=\${DELAY}
YAML

one_repetition() {
    local rep="$1" dir="$work/rep-$1"
    mkdir -p "$dir"
    for run in baseline:30 same:30 slower:90; do
        "$BARRAGE" run "$work/scenario.yaml" --quiet --out "$dir/${run%%:*}" \
            --env "DELAY=${run##*:}" --env "DURATION=${RUN_SECONDS}s" >/dev/null
    done
    local same=0 slower=0
    "$BARRAGE" compare "$dir/baseline" "$dir/same" --fail-on-regression "$TOLERANCE" >"$dir/same.txt" 2>&1 || same=$?
    "$BARRAGE" compare "$dir/baseline" "$dir/slower" --fail-on-regression "$TOLERANCE" >"$dir/slower.txt" 2>&1 || slower=$?
    echo "$rep $same $slower" >"$dir/result"
}

for ((start = 1; start <= REPS; start += PARALLEL)); do
    jobs=()
    for ((rep = start; rep < start + PARALLEL && rep <= REPS; rep++)); do
        one_repetition "$rep" &
        jobs+=($!)
    done
    wait "${jobs[@]}"  # not a bare wait: the target server is a child too
done

python3 - "$work" "$REPS" "$TOLERANCE" <<'PY'
import json, os, sys
work, reps, tolerance = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
same_pass = slower_fail = old_gate_false_alarms = 0
p99_changes = []
for rep in range(1, reps + 1):
    d = os.path.join(work, f"rep-{rep}")
    _, same, slower = open(os.path.join(d, "result")).read().split()
    same_pass += same == "0"
    slower_fail += slower == "99"
    def trend(run):
        return json.load(open(os.path.join(d, run, "summary.json")))["metrics"]["metrics"]["http_req_duration"]["values"]
    b, s = trend("baseline"), trend("same")
    change = lambda key: (s[key] - b[key]) / b[key] * 100
    p99_changes.append(change("p99"))
    if change("p99") > tolerance or change("max") > tolerance:
        old_gate_false_alarms += 1
print(f"same vs same:   {same_pass}/{reps} passed")
print(f"3x slower:      {slower_fail}/{reps} failed")
print(f"old point gate: {old_gate_false_alarms}/{reps} same-vs-same pairs would have failed (p99 or max +{tolerance:g}%)")
print(f"same-vs-same p99 change: {min(p99_changes):+.1f}% .. {max(p99_changes):+.1f}%")
PY
