import Testing

@testable import BarrageHTTP

@Suite("What a channel close means for the exchange")
struct CloseDecisionTests {
    private func decide(
        closeEndsResponse: Bool = false,
        failure: HTTPFailure? = nil,
        method: String = "GET",
        reused: Bool = true,
        sawBytes: Bool = false
    ) -> CloseDecision {
        CloseDecision(
            closeEndsResponse: closeEndsResponse, channelFailure: failure, method: method,
            connectionWasReused: reused, sawResponseBytes: sawBytes, alreadyRetried: false
        )
    }

    @Test("a close that ends a close-delimited body completes the response")
    func completes() {
        #expect(decide(closeEndsResponse: true, sawBytes: true) == .completeResponse)
    }

    @Test("a clean close or a reset on a reused connection is retried")
    func staleConnectionIsRetried() {
        #expect(decide() == .retry)
        #expect(decide(failure: HTTPFailure(.connectionReset, "ECONNRESET")) == .retry)
    }

    @Test("a TLS error is reported, never retried")
    func tlsErrorFails() {
        let failure = HTTPFailure(.tls, "bad certificate")
        #expect(decide(failure: failure) == .fail(failure))
    }

    @Test("a close after part of the response is a reset mid-response")
    func midResponse() {
        #expect(decide(sawBytes: true) == .fail(HTTPFailure(.connectionReset, "connection closed mid-response")))
    }

    @Test("a close on a fresh connection before any response is a reset")
    func freshConnection() {
        #expect(decide(reused: false) == .fail(HTTPFailure(.connectionReset, "connection closed before any response")))
    }
}
