import Testing

@testable import Storefront

@Suite("Fixed-window rate limit")
struct FixedWindowRateLimitTests {
    private let t0 = ContinuousClock.now
    private let limit = FixedWindowRateLimit(limit: 100, window: .seconds(60))

    /// Runs `count` requests at the given offsets (all at `t0` by default) and returns the decisions.
    private func run(
        _ count: Int,
        limit: FixedWindowRateLimit? = nil,
        at offset: (Int) -> Duration = { _ in .zero }
    ) -> [RateLimitDecision] {
        let limit = limit ?? self.limit
        var window: RateLimitWindow?
        return (0..<count).map { index in
            let (decision, next) = limit.decide(window: window, now: t0.advanced(by: offset(index)))
            window = next
            return decision
        }
    }

    @Test func firstRequestIsAllowedAndOpensAFullWindow() {
        let decision = run(1)[0]
        #expect(decision == RateLimitDecision(allowed: true, limit: 100, remaining: 99, resetAfter: .seconds(60)))
    }

    @Test func exactlyTheLimitIsAllowedInOneWindow() {
        let decisions = run(150)
        #expect(decisions.filter(\.allowed).count == 100)
        #expect(decisions.prefix(100).allSatisfy { $0.allowed })
    }

    @Test func rejectedRequestsReportNothingRemainingAndWhenToRetry() {
        let decisions = run(101, at: { index in index == 100 ? .seconds(45) : .zero })
        let rejected = decisions[100]
        #expect(!rejected.allowed)
        #expect(rejected.remaining == 0)
        #expect(rejected.resetAfter == .seconds(15))
        #expect(rejected.retryAfterSeconds == 15)
    }

    @Test func windowEndsAtItsFirstRequestPlusTheWindowLength() {
        let decisions = run(
            3, limit: FixedWindowRateLimit(limit: 2, window: .seconds(60)),
            at: { index in
                [.zero, .seconds(10), .seconds(60)][index]
            })
        #expect(decisions.map(\.allowed) == [true, true, true])
        #expect(decisions.map(\.remaining) == [1, 0, 1])
    }

    @Test func rejectedRequestsDoNotCountAgainstTheNextWindow() {
        let small = FixedWindowRateLimit(limit: 1, window: .seconds(1))
        let decisions = run(4, limit: small, at: { index in [.zero, .milliseconds(500), .milliseconds(900), .seconds(1)][index] })
        #expect(decisions.map(\.allowed) == [true, false, false, true])
    }

    @Test func zeroLimitRejectsEverything() {
        #expect(run(3, limit: FixedWindowRateLimit(limit: 0, window: .seconds(60))).allSatisfy { !$0.allowed })
    }
}
