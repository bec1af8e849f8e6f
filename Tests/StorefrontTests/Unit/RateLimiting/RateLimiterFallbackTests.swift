import Prometheus
import RedisWire
import TestSupport
import Testing

@testable import Storefront

/// The one limiter without Redis: a refused connection (a real one, to a port nothing listens on) makes
/// every decision in memory, with the same arithmetic and keys, for API clients and webhook partners alike.
struct RateLimiterFallbackTests {
    private let webhook = RateLimitPolicy.webhook(perHour: 2)!

    private func limiterWithoutRedis() -> (RateLimiter, PrometheusCollectorRegistry) {
        let registry = PrometheusCollectorRegistry()
        let metrics = StorefrontMetrics(registry: registry)
        let pool = RedisConnectionPool(
            configuration: RedisConfiguration(host: "127.0.0.1", port: 1, connectTimeout: .milliseconds(250)))
        let redis = RedisGuard(pool: pool, metrics: metrics.redis, logger: TestDatabase.logger)
        return (RateLimiter(redis: redis, fallback: InMemoryRateLimiter(), metrics: metrics.rateLimit), registry)
    }

    @Test func whenRedisIsUnreachableAPartnersQuotaHoldsInMemory() async {
        let (limiter, registry) = limiterWithoutRedis()
        var allowed: [Bool] = []
        for _ in 0..<3 { allowed.append(await limiter.decide(.partner("a"), policy: webhook).allowed) }
        #expect(allowed == [true, true, false])
        let exposition = String(decoding: registry.emitToBuffer(), as: UTF8.self)
        #expect(exposition.contains("storefront_rate_limit_fallback_decisions_total 3"))
        #expect(exposition.contains("storefront_rate_limit_rejections_total{policy=\"webhook\"} 1"))
    }

    @Test func partnersAndUsersHaveTheirOwnQuotas() async {
        let (limiter, _) = limiterWithoutRedis()
        _ = await limiter.decide(.partner("a"), policy: webhook)
        _ = await limiter.decide(.partner("a"), policy: webhook)
        #expect(await limiter.decide(.partner("b"), policy: webhook).allowed)
        #expect(RateLimitClient.partner("a").key(policy: webhook) == "ratelimit:webhook:partner:a")
    }

    @Test func aZeroHourlyLimitTurnsTheWebhookQuotaOff() {
        #expect(RateLimitPolicy.webhook(perHour: 0) == nil)
    }
}
