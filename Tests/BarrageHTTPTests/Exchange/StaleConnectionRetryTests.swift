import Testing

@testable import BarrageHTTP

@Suite("Stale-connection retry policy")
struct StaleConnectionRetryTests {
    @Test("an idempotent request on a reused connection with no response is retried")
    func retries() {
        #expect(
            StaleConnectionRetry.shouldRetry(
                method: "GET", connectionWasReused: true, sawResponseBytes: false, alreadyRetried: false))
    }

    @Test("POST is never sent twice")
    func postNotRetried() {
        #expect(
            !StaleConnectionRetry.shouldRetry(
                method: "POST", connectionWasReused: true, sawResponseBytes: false, alreadyRetried: false))
    }

    @Test("a fresh connection, a partial response or a second failure is not retried")
    func otherCasesFail() {
        #expect(
            !StaleConnectionRetry.shouldRetry(
                method: "GET", connectionWasReused: false, sawResponseBytes: false, alreadyRetried: false))
        #expect(
            !StaleConnectionRetry.shouldRetry(
                method: "GET", connectionWasReused: true, sawResponseBytes: true, alreadyRetried: false))
        #expect(
            !StaleConnectionRetry.shouldRetry(
                method: "GET", connectionWasReused: true, sawResponseBytes: false, alreadyRetried: true))
    }
}
