import Foundation
import Hummingbird
import Logging
import NIOCore

/// A stand-in for the payment gateway (`POST /payments`) and the email system (`POST /emails`) on a
/// loopback port, with knobs for latency, failures, hangs and 429s (`GET`/`POST /_control`) and call
/// counts (`GET /_stats`), so load scenarios and tests can drive the storefront's retries and breakers.
public struct PartnerSimulator: Sendable {
    /// Knobs and counters, shared with whoever holds the simulator (tests read counts directly).
    public let state: SimulatorState
    private let relay: SimulatorWebhookRelay?

    /// Creates a simulator; with `relay`, every new successful payment is confirmed by webhook.
    public init(knobs: SimulatorKnobs = SimulatorKnobs(), relay: SimulatorWebhookRelay? = nil) {
        self.state = SimulatorState(knobs: knobs)
        self.relay = relay
    }

    /// The simulator as a Hummingbird application on `host:port`; `onServerRunning` learns the bound port.
    public func makeApplication(
        host: String = "127.0.0.1", port: Int = 18090, logger: Logger = Logger(label: "partners"),
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        router.post("payments") { request, _ in try await self.payment(request) }
        router.post("emails") { request, _ in try await self.email(request) }
        router.get("_control") { _, _ in try Self.json(self.state.knobs) }
        router.post("_control") { request, context in try await self.control(request, context: context) }
        router.get("_stats") { _, _ in try Self.json(SimulatorStats(state: self.state)) }
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "partner-simulator"),
            services: relay.map { [$0] } ?? [],
            onServerRunning: { await onServerRunning($0.localAddress?.port ?? port) },
            logger: logger
        )
    }

    private func payment(_ request: Request) async throws -> Response {
        if let spoiled = await misbehave(as: .payments) { return spoiled }
        let key = request.headers[.idempotencyKey] ?? UUID().uuidString
        let charge = try? JSONDecoder().decode(ChargeRequest.self, from: Data(try await request.body.collect(upTo: 1 << 20).readableBytesView))
        let (id, replayed) = state.payment(forKey: key)
        if !replayed, let orderID = charge?.orderID {
            relay?.paymentSucceeded(orderID: orderID)
        }
        var response = try Self.json(["payment_id": id, "status": "succeeded"])
        if replayed { response.headers[.idempotentReplayed] = "true" }
        return response
    }

    private func email(_ request: Request) async throws -> Response {
        if let spoiled = await misbehave(as: .email) { return spoiled }
        var response = try Self.json(["message_id": "msg_" + UUID().uuidString.lowercased(), "status": "queued"])
        response.status = .accepted
        return response
    }

    private func control(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let update = try await request.decode(as: SimulatorKnobsUpdate.self, context: context)
        let knobs = update.applied(to: state.knobs)
        guard knobs.problems.isEmpty else {
            var response = try Self.json(["error": knobs.problems.joined(separator: "; ")])
            response.status = .badRequest
            return response
        }
        state.setKnobs(knobs)
        return try Self.json(knobs)
    }

    /// Counts the call, waits the configured latency and returns the spoiled answer, if this call gets one.
    private func misbehave(as partner: Partner) async -> Response? {
        let knobs = state.recordRequest(to: partner)
        try? await Task.sleep(for: .milliseconds(knobs.latencyMilliseconds))
        switch knobs.fault(roll: Double.random(in: 0..<1)) {
        case .hang?:
            try? await Task.sleep(for: .milliseconds(knobs.hangMilliseconds))
            return Response(status: .gatewayTimeout)
        case .rateLimited?:
            return Response(status: .tooManyRequests, headers: [.retryAfter: "1"])
        case .serverError?:
            return Response(status: .serviceUnavailable)
        case nil:
            return nil
        }
    }

    private static func json(_ value: some Encodable) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Response(
            status: .ok, headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value)))
        )
    }
}

/// The part of a charge request the simulator reads.
private struct ChargeRequest: Decodable {
    var orderID: UUID?

    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
    }
}

/// `GET /_stats`: calls received per partner.
private struct SimulatorStats: Encodable {
    var payments: Int
    var emails: Int
    var distinctPayments: Int

    init(state: SimulatorState) {
        payments = state.requestCount(.payments)
        emails = state.requestCount(.email)
        distinctPayments = state.distinctPayments
    }

    enum CodingKeys: String, CodingKey {
        case payments, emails
        case distinctPayments = "distinct_payments"
    }
}
