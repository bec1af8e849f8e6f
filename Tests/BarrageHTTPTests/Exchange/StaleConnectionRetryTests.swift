import Testing

@testable import BarrageHTTP

@Suite("Stale-connection retry policy")
struct RetryPolicyTests {
    @Test("an idempotent request on a reused connection with no response is retried")
    func retries() {
        #expect(
            RetryPolicy.shouldRetry(
                method: "GET", connectionWasReused: true, sawResponseBytes: false, alreadyRetried: false))
    }

    @Test("POST is never sent twice")
    func postNotRetried() {
        #expect(
            !RetryPolicy.shouldRetry(
                method: "POST", connectionWasReused: true, sawResponseBytes: false, alreadyRetried: false))
    }

    @Test("a fresh connection, a partial response or a second failure is not retried")
    func otherCasesFail() {
        #expect(
            !RetryPolicy.shouldRetry(
                method: "GET", connectionWasReused: false, sawResponseBytes: false, alreadyRetried: false))
        #expect(
            !RetryPolicy.shouldRetry(
                method: "GET", connectionWasReused: true, sawResponseBytes: true, alreadyRetried: false))
        #expect(
            !RetryPolicy.shouldRetry(
                method: "GET", connectionWasReused: true, sawResponseBytes: false, alreadyRetried: true))
    }
}
