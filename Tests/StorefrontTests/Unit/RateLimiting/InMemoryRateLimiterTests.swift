import Testing

@testable import Storefront

@Suite struct InMemoryRateLimiterTests {
    let policy = RateLimitPolicy(name: "default", limit: 3, window: .seconds(60))

    @Test func allowsTheLimitPerClientThenRejectsWithRetryAfter() {
        let limiter = InMemoryRateLimiter()
        let now = ContinuousClock.now
        let decisions = (0..<4).map { _ in limiter.decide(key: "a", policy: policy, now: now) }
        #expect(decisions.map(\.allowed) == [true, true, true, false])
        #expect(decisions.last?.retryAfterSeconds == 60)
    }

    @Test func clientsHaveSeparateQuotas() {
        let limiter = InMemoryRateLimiter()
        let now = ContinuousClock.now
        for _ in 0..<3 { _ = limiter.decide(key: "a", policy: policy, now: now) }
        #expect(limiter.decide(key: "b", policy: policy, now: now).allowed)
    }

    @Test func theQuotaReturnsWhenTheWindowEnds() {
        let limiter = InMemoryRateLimiter()
        let now = ContinuousClock.now
        for _ in 0..<4 { _ = limiter.decide(key: "a", policy: policy, now: now) }
        #expect(limiter.decide(key: "a", policy: policy, now: now.advanced(by: .seconds(60))).allowed)
    }
}
