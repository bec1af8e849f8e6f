import Foundation
import HummingbirdTesting
import Logging
import NIOCore
import Testing

@testable import Storefront

/// The simulator's HTTP surface, driven through Hummingbird's router test client.
struct PartnerSimulatorTests {
    private func withSimulator(_ knobs: SimulatorKnobs = SimulatorKnobs(latencyMilliseconds: 0), _ body: @Sendable (PartnerSimulator, any TestClientProtocol) async throws -> Void) async throws {
        let simulator = PartnerSimulator(knobs: knobs)
        try await simulator.makeApplication(port: 0, logger: Logger(label: "partners") { _ in SwiftLogNoOpLogHandler() })
            .test(.router) { try await body(simulator, $0) }
    }

    @Test func aRepeatedIdempotencyKeyReplaysThePayment() async throws {
        try await withSimulator { simulator, client in
            let first = try await client.execute(uri: "/payments", method: .post, headers: [.idempotencyKey: "k1"], body: ByteBuffer(string: "{}"))
            let second = try await client.execute(uri: "/payments", method: .post, headers: [.idempotencyKey: "k1"], body: ByteBuffer(string: "{}"))
            #expect(first.status == .ok)
            let payment = { (body: ByteBuffer) in try JSONDecoder().decode([String: String].self, from: Data(body.readableBytesView)) }
            #expect(try payment(first.body)["payment_id"] == payment(second.body)["payment_id"])
            #expect(try payment(first.body)["payment_id"]?.hasPrefix("pay_") == true)
            #expect(second.headers[.idempotentReplayed] == "true")
            #expect(simulator.state.distinctPayments == 1)
            #expect(simulator.state.requestCount(.payments) == 2)
        }
    }

    @Test func controlChangesTheKnobsAtRunTime() async throws {
        try await withSimulator { simulator, client in
            let control = try await client.execute(uri: "/_control", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"failure_rate":1}"#))
            #expect(control.status == .ok)
            #expect(simulator.state.knobs.failureRate == 1)
            let email = try await client.execute(uri: "/emails", method: .post, body: ByteBuffer(string: "{}"))
            #expect(email.status == .serviceUnavailable)
        }
    }

    @Test func invalidKnobsAreRefusedAndKept() async throws {
        try await withSimulator { simulator, client in
            let control = try await client.execute(uri: "/_control", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"failure_rate":2}"#))
            #expect(control.status == .badRequest)
            #expect(simulator.state.knobs.failureRate == 0)
        }
    }

    @Test func rateLimitedCallsCarryRetryAfter() async throws {
        try await withSimulator(SimulatorKnobs(latencyMilliseconds: 0, rateLimitRate: 1)) { _, client in
            let response = try await client.execute(uri: "/payments", method: .post, body: ByteBuffer(string: "{}"))
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[.retryAfter] == "1")
        }
    }
}
