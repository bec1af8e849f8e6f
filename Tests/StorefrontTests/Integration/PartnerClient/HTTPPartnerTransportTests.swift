import Foundation
import TestSupport
import Testing

@testable import Storefront

/// The async-http-client transport against the real simulator over loopback: what comes back of an
/// answer, and how the ways of getting none are told apart for the retry policy and the breakers.
struct HTTPPartnerTransportTests {
    private let request = PartnerRequest(partner: .email, body: Array(#"{"to":"a@example.com"}"#.utf8), idempotencyKey: "transport-test")

    @Test func anAnswerComesBackWithItsStatusBodyAndIdempotencyKeyDelivered() async throws {
        try await LiveSimulator.run { simulator in
            let transport = try #require(HTTPPartnerTransport(baseURL: simulator.url + "/"))
            let exchange = await transport.send(request, timeout: .seconds(10))
            await transport.shutdown()
            guard case .response(let response) = exchange else {
                Issue.record("expected an answer, got \(exchange)")
                return
            }
            #expect(response.status == 202)
            #expect(String(decoding: response.body, as: UTF8.self).contains("\"queued\""))
            #expect(simulator.simulator.state.requestCount(.email) == 1)
        }
    }

    @Test func aRateLimitedAnswerCarriesItsRetryAfter() async throws {
        try await LiveSimulator.run(SimulatorKnobs(latencyMilliseconds: 0, rateLimitRate: 1)) { simulator in
            let transport = try #require(HTTPPartnerTransport(baseURL: simulator.url))
            let exchange = await transport.send(request, timeout: .seconds(10))
            await transport.shutdown()
            #expect(exchange == .response(PartnerResponse(status: 429, retryAfter: .seconds(1))))
        }
    }

    @Test func aPartnerThatHangsPastTheTimeoutIsATimeout() async throws {
        try await LiveSimulator.run(SimulatorKnobs(latencyMilliseconds: 0, timeoutRate: 1, hangMilliseconds: 2_000)) { simulator in
            let transport = try #require(HTTPPartnerTransport(baseURL: simulator.url))
            let exchange = await transport.send(request, timeout: .milliseconds(300))
            await transport.shutdown()
            #expect(exchange == .failed(.timeout))
        }
    }

    /// The client must not retry a refused connect by itself until its connect timeout: the breaker and
    /// the retry policy count this attempt, so it fails at once (well inside a 30 s timeout).
    @Test func aRefusedConnectionIsANetworkFailureWithoutWaitingForTheTimeout() async throws {
        let transport = try #require(HTTPPartnerTransport(baseURL: "http://127.0.0.1:\(FreePort.next())", timeout: .seconds(30)))
        let started = ContinuousClock.now
        let exchange = await transport.send(request, timeout: .seconds(30))
        await transport.shutdown()
        #expect(exchange == .failed(.network))
        #expect(ContinuousClock.now - started < .seconds(15))
    }

    @Test func afterShutdownNothingIsSent() async throws {
        try await LiveSimulator.run { simulator in
            let transport = try #require(HTTPPartnerTransport(baseURL: simulator.url))
            await transport.shutdown()
            #expect(await transport.send(request, timeout: .seconds(10)) == .failed(.network))
            #expect(simulator.simulator.state.requestCount(.email) == 0)
        }
    }

    @Test func onlyPlainHTTPBaseURLsAreAccepted() {
        #expect(HTTPPartnerTransport(baseURL: "https://partners.example") == nil)
        #expect(HTTPPartnerTransport(baseURL: "http://127.0.0.1:18090?x=1") == nil)
        #expect(PartnerBaseURL("http://127.0.0.1:18090/api//")?.url(for: .payments) == "http://127.0.0.1:18090/api/payments")
    }
}
