import Testing

@testable import Storefront

@Suite("Rate-limit decision")
struct RateLimitDecisionTests {
    @Test func resetSecondsRoundUpSoClientsAreNeverEarly() {
        let decision = RateLimitDecision(allowed: true, limit: 10, remaining: 3, resetAfter: .milliseconds(1200))
        #expect(decision.resetSeconds == 2)
    }

    @Test func allowedRequestHasNoRetryAfter() {
        #expect(RateLimitDecision(allowed: true, limit: 10, remaining: 3, resetAfter: .seconds(5)).retryAfterSeconds == nil)
    }

    @Test func rejectedRequestRetriesAfterAtLeastOneSecond() {
        let decision = RateLimitDecision(allowed: false, limit: 10, remaining: 0, resetAfter: .zero)
        #expect(decision.retryAfterSeconds == 1)
    }

    @Test func headersFollowTheIETFDraftSyntax() {
        let decision = RateLimitDecision(allowed: true, limit: 100, remaining: 42, resetAfter: .milliseconds(17_300))
        #expect(decision.policyHeader(policy: "default", window: .seconds(60)) == "\"default\";q=100;w=60")
        #expect(decision.rateLimitHeader(policy: "default") == "\"default\";r=42;t=18")
    }

    @Test func scriptReplyIsRead() {
        let decision = RateLimitDecision(scriptReply: [0, 0, 2500], limit: 100)
        #expect(decision == RateLimitDecision(allowed: false, limit: 100, remaining: 0, resetAfter: .milliseconds(2500)))
    }

    @Test(arguments: [[Int64](), [1, 2], [2, 0, 10], [1, -1, 10]])
    func malformedScriptRepliesAreRejected(reply: [Int64]) {
        #expect(RateLimitDecision(scriptReply: reply, limit: 100) == nil)
    }
}
