import Foundation
import Logging
import ServiceLifecycle

/// Posts a signed `payment.succeeded` webhook to the storefront after each new successful payment, as a
/// real gateway confirms asynchronously; runs as a service so its sends stop with the simulator.
public struct SimulatorWebhookRelay: Service {
    private let url: String
    private let sender: WebhookSender
    private let logger: Logger
    private let stream: AsyncStream<UUID>
    private let continuation: AsyncStream<UUID>.Continuation

    /// A relay to `url`, signing with `secret`.
    public init(url: String, secret: WebhookSecret, logger: Logger) {
        self.url = url
        self.sender = WebhookSender(secret: secret)
        self.logger = logger
        let (stream, continuation) = AsyncStream.makeStream(of: UUID.self, bufferingPolicy: .bufferingNewest(10_000))
        self.stream = stream
        self.continuation = continuation
    }

    /// Queues the confirmation for `orderID`.
    func paymentSucceeded(orderID: UUID) {
        continuation.yield(orderID)
    }

    /// Sends queued confirmations one by one until graceful shutdown.
    public func run() async throws {
        let client = WebhookSender.makeClient()
        await cancelWhenGracefulShutdown {
            for await orderID in stream {
                let event = PartnerWebhookEvent(type: "payment.succeeded", data: .init(orderID: orderID))
                let id = "evt_" + UUID().uuidString.lowercased()
                let result = try? await sender.send(event, id: id, to: url, using: client)
                if result?.status != 200 {
                    logger.warning("Webhook relay was not acknowledged", metadata: ["order_id": "\(orderID)", "status": "\(result?.status ?? 0)"])
                }
            }
        }
        try? await client.shutdown()
    }
}
