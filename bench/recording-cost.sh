#!/usr/bin/env bash
# Instructions the metrics recording path spends per finished request (one HTTPRequestSample and one
# IterationSample into a MetricsCollector, as a run records them), counted by valgrind's callgrind, which
# is repeatable on a busy machine where CPU time is not.
#
#   bench/recording-cost.sh [BASE_REF]
#
# Builds bench/RecordingCost in release mode here, and, with BASE_REF (e.g. main), also in an exported
# copy of that commit (without per-stage tallies), runs each at 50,000 and 150,000 requests and prints
# (Ir(150k) − Ir(50k)) / 100k for each, and the size of summary.json after a simulated one-hour soak
# (300 requests/s) for each.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need valgrind

BASE_REF="${1:-}"
work="$BENCH_DIR/recording-cost"
rm -rf "$work" && mkdir -p "$work"

per_request() {
    local binary="$1" label="$2" small=50000 large=150000
    local irs=() stripped="$work/$label.stripped"
    # valgrind cannot read the Swift toolchain's debug info ("possibly corrupted"); counts do not need it.
    strip -o "$stripped" "$binary"
    for n in $small $large; do
        valgrind --tool=callgrind --callgrind-out-file="$work/$label-$n.out" "$stripped" "$n" >/dev/null 2>"$work/$label-$n.log"
        irs+=("$(grep -E '^summary:|^totals:' "$work/$label-$n.out" | head -1 | awk '{print $2}')")
    done
    python3 -c "import sys; a, b = int(sys.argv[1]), int(sys.argv[2]); print(f'$label: {(b - a) / ($large - $small):,.0f} instructions per request (Ir {a:,} at $small, {b:,} at $large)')" "${irs[0]}" "${irs[1]}"
}

(cd "$ROOT" && swift build -c release --product RecordingCost >&2)
per_request "$ROOT/.build/release/RecordingCost" "this tree"
echo "this tree: $("$ROOT/.build/release/RecordingCost" soak)"

if [[ -n $BASE_REF ]]; then
    base="$work/base"
    mkdir -p "$base"
    git -C "$ROOT" archive "$BASE_REF" | tar -x -C "$base"
    mkdir -p "$base/bench/RecordingCost"
    # The base has no stage tallies: drop the trackStages call.
    sed '/REMOVE-BEFORE-STAGES/,/^})$/d' "$ROOT/bench/RecordingCost/main.swift" >"$base/bench/RecordingCost/main.swift"
    sed '/collector.trackStages/d' "$ROOT/bench/RecordingCost/SoakSize.swift" >"$base/bench/RecordingCost/SoakSize.swift"
    if ! grep -q RecordingCost "$base/Package.swift"; then
        python3 - "$base/Package.swift" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace('        .testTarget(name: "BarrageCoreTests"', '        .executableTarget(name: "RecordingCost", dependencies: ["BarrageCore", "BarrageReports"], path: "bench/RecordingCost"),\n        .testTarget(name: "BarrageCoreTests"', 1)
open(p, "w").write(s)
PY
    fi
    (cd "$base" && swift build -c release --product RecordingCost >&2)
    per_request "$base/.build/release/RecordingCost" "$BASE_REF"
    echo "$BASE_REF: $("$base/.build/release/RecordingCost" soak)"
fi
