#!/usr/bin/env bash
# The test command: everything `swift test` needs, then `swift test`.
#
#   scripts/test.sh [extra swift test arguments]
#
# Starts a throwaway PostgreSQL and Redis on loopback ports under .local/ (installing them with
# apt-get when missing), points the integration tests at them, runs the whole suite, and stops
# the servers it started. Exits with swift test's status.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# 10,000-VU tests and the HTTP engine's tests open many sockets.
ulimit -n 20000 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

started_postgres=0
started_redis=0
cleanup() {
    if [[ $started_redis == 1 ]]; then scripts/redis.sh stop >/dev/null 2>&1 || true; fi
    if [[ $started_postgres == 1 ]]; then scripts/postgres.sh stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# The suite runs PostgreSQL with durability off (fsync, synchronous_commit, full_page_writes): every
# test creates and drops its own database, so a crash could lose nothing worth keeping. The main
# command and the benchmarks run it durable (scripts/postgres.sh's default).
PG_DURABILITY=fast scripts/postgres.sh start >/dev/null
started_postgres=1
scripts/redis.sh start >/dev/null
started_redis=1

export STOREFRONT_TEST_DATABASE_URL="$(scripts/postgres.sh url)"
export REDISWIRE_TEST_URL="$(scripts/redis.sh url)"
export STOREFRONT_TEST_REDIS_URL="$REDISWIRE_TEST_URL"

swift build --build-tests

# The suite runs in a few processes, one after another: CPU-heavy unit tests (HDR accuracy over
# 100,000 samples, rendering whole reports) would otherwise share the 2 cooperative threads of a
# 2-core machine with the tests that measure latency and timeouts, and stall them. The last group
# is "everything not named before", so no test target can be left out.
heavy_unit='BarrageCoreTests|BarrageReportsTests'
live_load='BarrageHTTPTests|BarrageRunnerTests|BarrageCLITests'
redis_client='RedisWireTests'
end_to_end='EndToEndTests'
status=0
swift test --skip-build --filter "$heavy_unit" "$@" || status=1
swift test --skip-build --filter "$live_load" "$@" || status=1
swift test --skip-build --filter "$redis_client" "$@" || status=1
swift test --skip-build --skip "$heavy_unit|$live_load|$redis_client|$end_to_end" "$@" || status=1
swift test --skip-build --filter "$end_to_end" "$@" || status=1
exit $status
