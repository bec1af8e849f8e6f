import Logging
import RedisWire
import Testing

@testable import Storefront

@Suite("Webhook limit in redis-server", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct WebhookRateLimiterRedisTests {
    @Test func twoServersShareOnePartnersHourlyCounter() async throws {
        let (redisA, redisB) = (try TestRedis.pool(), try TestRedis.pool())
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let limit = FixedWindowRateLimit(limit: 3, window: .seconds(3600))
        let serverA = WebhookRateLimiter(limit: limit, redis: redisA, logger: logger)
        let serverB = WebhookRateLimiter(limit: limit, redis: redisB, logger: logger)
        let partner = TestRedis.key("webhook-partner")
        var allowed = 0
        for index in 0..<6 {
            let decision = await (index.isMultiple(of: 2) ? serverA : serverB).check(partner: partner)
            if decision.allowed { allowed += 1 }
        }
        #expect(allowed == 3)
        redisA.shutdown()
        redisB.shutdown()
    }
}
