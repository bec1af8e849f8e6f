import Foundation
import Logging
import Prometheus
import RedisWire
import Synchronization
import TestSupport
import Testing

@testable import Storefront

@Suite("Redis circuit breaker", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RedisGuardTests {
    /// A clock the test moves by hand.
    final class ManualClock: Sendable {
        private let instant = Mutex(ContinuousClock.now)
        var now: ContinuousClock.Instant { instant.withLock { $0 } }
        func advance(by duration: Duration) { instant.withLock { $0 = $0.advanced(by: duration) } }
    }

    private func ping(_ redis: RedisGuard) async -> String? {
        await redis.call("test ping") { connection throws(RedisError) in try await connection.ping() }
    }

    private func guardedPool(port: Int, clock: ManualClock) -> (RedisGuard, PrometheusCollectorRegistry) {
        let registry = PrometheusCollectorRegistry()
        let metrics = RedisMetrics(registry: registry)
        let pool = RedisConnectionPool(
            // Refused connections fail at once; the timeout only bounds a connect on a machine busy with the
            // rest of the suite, which must not decide whether the trial call succeeds.
            configuration: RedisConfiguration(host: "127.0.0.1", port: port, connectTimeout: .seconds(5)))
        let redis = RedisGuard(pool: pool, metrics: metrics, logger: TestDatabase.logger, now: { clock.now })
        return (redis, registry)
    }

    @Test func opensAfterThreeFailuresAndThenFailsFastWithoutTouchingTheNetwork() async throws {
        let clock = ManualClock()
        let (redis, registry) = guardedPool(port: 1, clock: clock)
        for _ in 0..<3 {
            #expect(await ping(redis) == nil)
        }
        #expect(redis.state == .open)
        #expect(await ping(redis) == nil)
        #expect(registry.emitToString().contains("storefront_redis_skipped_total 1"), "the fourth call never reached the pool")
        redis.pool.shutdown()
    }

    @Test func aSuccessfulTrialAfterTheOpenPeriodClosesIt() async throws {
        let server = ScratchRedis()
        let clock = ManualClock()
        let (redis, _) = guardedPool(port: server.port, clock: clock)
        for _ in 0..<3 {
            _ = await ping(redis)
        }
        #expect(redis.state == .open)
        try await server.start()
        defer { server.stop() }
        clock.advance(by: .seconds(1))
        #expect(await ping(redis) == "PONG")
        #expect(redis.state == .closed)
        redis.pool.shutdown()
    }
}
