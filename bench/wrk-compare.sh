#!/usr/bin/env bash
# barrage against wrk on a closed-loop GET: the first generator benchmark, kept under its old name.
#
#   bench/wrk-compare.sh [CONNECTIONS=50] [SECONDS=15]
#
# The same as `VUS=CONNECTIONS bench/generator-cost.sh closed-get SECONDS`; see that script.
set -euo pipefail
VUS="${1:-50}" exec "$(dirname "${BASH_SOURCE[0]}")/generator-cost.sh" closed-get "${2:-15}"
