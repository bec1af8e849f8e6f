import Testing

@testable import Storefront

/// The breaker against the real simulator over HTTP: it opens after five failed calls, then sends
/// nothing until the open period ends, and one success closes it again.
struct PartnerBreakerTests {
    private let request = PartnerRequest(partner: .payments, body: Array(#"{"amount":100}"#.utf8), idempotencyKey: "breaker-test")

    private func client(for simulator: LiveSimulator) throws -> PartnerClient<HTTPPartnerTransport> {
        PartnerClient(
            transport: try #require(HTTPPartnerTransport(baseURL: simulator.url)),
            breakers: PartnerBreakers(configuration: CircuitBreakerConfiguration(failureThreshold: 5, openDuration: .milliseconds(300))),
            policy: BackoffPolicy(maxRetries: 0), timeout: .seconds(2)
        )
    }

    @Test func fiveFailuresOpenTheBreakerAndLaterCallsSendNothing() async throws {
        try await LiveSimulator.run(SimulatorKnobs(latencyMilliseconds: 0, failureRate: 1)) { simulator in
            let client = try client(for: simulator)
            for _ in 0..<5 {
                await #expect(throws: PartnerCallError.exhausted(.payments, .retriesExhausted(attempts: 1))) { try await client.call(request) }
            }
            #expect(client.breakers.state(of: .payments) == .open)
            #expect(simulator.simulator.state.requestCount(.payments) == 5)
            for _ in 0..<10 {
                await #expect(throws: PartnerCallError.self) { try await client.call(request) }
            }
            #expect(simulator.simulator.state.requestCount(.payments) == 5)
            await client.transport.shutdown()
        }
    }

    @Test func afterTheHalfOpenDelayASuccessClosesTheBreaker() async throws {
        try await LiveSimulator.run(SimulatorKnobs(latencyMilliseconds: 0, failureRate: 1)) { simulator in
            let client = try client(for: simulator)
            for _ in 0..<5 {
                _ = try? await client.call(request)
            }
            #expect(client.breakers.state(of: .payments) == .open)
            simulator.set(failureRate: 0)
            try await Task.sleep(for: .milliseconds(350))
            let response = try await client.call(request)
            #expect(response.status == 200)
            #expect(client.breakers.state(of: .payments) == .closed)
            #expect(simulator.simulator.state.requestCount(.payments) == 6)
            await client.transport.shutdown()
        }
    }
}
