import Prometheus
import RedisWire
import TestSupport
import Testing

@testable import Storefront

@Suite("One limiter in redis-server", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RateLimiterRedisTests {
    private func limiter(_ pool: RedisConnectionPool) -> RateLimiter {
        let metrics = StorefrontMetrics()
        let redis = RedisGuard(pool: pool, metrics: metrics.redis, logger: TestDatabase.logger)
        return RateLimiter(redis: redis, fallback: InMemoryRateLimiter(), metrics: metrics.rateLimit)
    }

    @Test func twoServersShareOnePartnersHourlyCounter() async throws {
        let (poolA, poolB) = (try TestRedis.pool(), try TestRedis.pool())
        let (serverA, serverB) = (limiter(poolA), limiter(poolB))
        let policy = try #require(RateLimitPolicy.webhook(perHour: 3))
        let partner = RateLimitClient.partner(TestRedis.key("webhook-partner"))
        var allowed = 0
        for index in 0..<6 {
            let decision = await (index.isMultiple(of: 2) ? serverA : serverB).decide(partner, policy: policy)
            if decision.allowed { allowed += 1 }
        }
        #expect(allowed == 3)
        #expect(try await poolA.getString(partner.key(policy: policy)) == "3")
        poolA.shutdown()
        poolB.shutdown()
    }
}
