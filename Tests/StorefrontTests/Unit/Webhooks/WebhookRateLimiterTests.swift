import Logging
import RedisWire
import Testing

@testable import Storefront

/// The per-partner webhook limit when Redis is absent or failing: counted in this process instead.
struct WebhookRateLimiterTests {
    private struct UnreachableRedis: RedisCommands {
        func send(command: [RedisArgument]) async throws(RedisError) -> RESPValue {
            throw .connectFailed(address: "127.0.0.1:1", reason: "refused")
        }
    }

    private let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    private let twoPerHour = FixedWindowRateLimit(limit: 2, window: .seconds(3600))

    @Test func withoutRedisTheLimitIsCountedInProcess() async {
        let limiter = WebhookRateLimiter(limit: twoPerHour, redis: nil, logger: logger)
        let allowed = [await limiter.check(partner: "a"), await limiter.check(partner: "a"), await limiter.check(partner: "a")].map(\.allowed)
        #expect(allowed == [true, true, false])
    }

    @Test func whenRedisFailsTheLimitStillHolds() async {
        let limiter = WebhookRateLimiter(limit: twoPerHour, redis: UnreachableRedis(), logger: logger)
        let allowed = [await limiter.check(partner: "a"), await limiter.check(partner: "a"), await limiter.check(partner: "a")].map(\.allowed)
        #expect(allowed == [true, true, false])
    }

    @Test func partnersAreCountedSeparately() async {
        let limiter = WebhookRateLimiter(limit: twoPerHour, redis: nil, logger: logger)
        _ = await limiter.check(partner: "a")
        _ = await limiter.check(partner: "a")
        #expect(await limiter.check(partner: "b").allowed)
    }
}
