import Testing

@testable import Storefront

@Suite("Retry policy")
struct BackoffPolicyTests {
    private let policy = BackoffPolicy(maxRetries: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(1))

    private func delay(_ decision: RetryDecision) -> Duration? {
        if case .retry(let after) = decision { return after }
        return nil
    }

    @Test(arguments: [AttemptFailure.network, .timeout, .status(500), .status(502), .status(503), .status(429)])
    func transientFailuresAreRetried(failure: AttemptFailure) {
        var random = SplitMix64(state: 1)
        #expect(delay(policy.decide(after: failure, retriesSoFar: 0, using: &random)) != nil)
    }

    @Test(arguments: [400, 401, 403, 404, 408, 409, 422])
    func otherClientErrorsAreNeverRetried(status: Int) {
        var random = SplitMix64(state: 1)
        let decision = policy.decide(after: .status(status), retriesSoFar: 0, using: &random)
        #expect(decision == .giveUp(.notRetryable(.status(status))))
    }

    @Test func givesUpAfterThreeRetries() {
        var random = SplitMix64(state: 1)
        #expect(delay(policy.decide(after: .timeout, retriesSoFar: 2, using: &random)) != nil)
        #expect(policy.decide(after: .timeout, retriesSoFar: 3, using: &random) == .giveUp(.retriesExhausted(attempts: 4)))
    }

    @Test func backoffCeilingDoublesPerRetryUpToTheCap() {
        let ceilings = (0..<6).map { policy.backoffCeiling(forRetry: $0) }
        #expect(ceilings == [.milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800), .seconds(1), .seconds(1)])
    }

    @Test func hugeRetryCountsStayAtTheCapWithoutOverflow() {
        #expect(policy.backoffCeiling(forRetry: 500) == .seconds(1))
    }

    @Test func jitteredDelaysStayWithinZeroAndTheCeilingAndSpreadAcrossIt() {
        var random = SplitMix64(state: 42)
        for retry in 0..<3 {
            let ceiling = policy.backoffCeiling(forRetry: retry)
            let delays = (0..<2000).compactMap { _ in
                delay(policy.decide(after: .status(503), retriesSoFar: retry, using: &random))
            }
            #expect(delays.count == 2000)
            #expect(delays.allSatisfy { $0 >= .zero && $0 <= ceiling })
            #expect(delays.min()! < ceiling / 10, "full jitter reaches down towards zero")
            #expect(delays.max()! > ceiling * 9 / 10, "full jitter reaches up towards the ceiling")
        }
    }

    @Test func jitterComesFromTheInjectedGenerator() {
        var highest = FixedRandomNumberGenerator(value: .max)
        #expect(delay(policy.decide(after: .network, retriesSoFar: 2, using: &highest)) == .milliseconds(400))
    }

    @Test func retryAfterReplacesTheBackoff() {
        var random = SplitMix64(state: 7)
        let decision = policy.decide(after: .status(429, retryAfter: .seconds(5)), retriesSoFar: 0, using: &random)
        #expect(decision == .retry(after: .seconds(5)))
    }

    @Test func retryAfterLongerThanAllowedGivesUp() {
        var random = SplitMix64(state: 7)
        let decision = policy.decide(after: .status(503, retryAfter: .seconds(120)), retriesSoFar: 0, using: &random)
        #expect(decision == .giveUp(.retryAfterTooLong(.seconds(120))))
    }

    @Test func retryAfterDoesNotMakeAClientErrorRetryable() {
        var random = SplitMix64(state: 7)
        let decision = policy.decide(after: .status(400, retryAfter: .seconds(1)), retriesSoFar: 0, using: &random)
        #expect(decision == .giveUp(.notRetryable(.status(400, retryAfter: .seconds(1)))))
    }
}
