import ArgumentParser
import Foundation
import Storefront

/// `storefront partners send-webhook`: sends one signed Standard Webhooks event, as a partner would, to
/// try the webhook endpoint by hand or from a script; exits non-zero unless the answer is 2xx.
struct SendWebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "send-webhook", abstract: "Send one signed webhook event.")

    @Option(name: .long, help: "Webhook URL, e.g. http://127.0.0.1:8080/api/webhooks/partner.") var to: String
    @Option(name: .long, help: "whsec_… signing secret.") var secret: String
    @Option(name: .long, help: "Event type, e.g. payment.succeeded or payment.failed.") var type = "payment.succeeded"
    @Option(name: .long, help: "The order the event is about.") var order: String?
    @Option(name: .long, help: "Event id (webhook-id); a fresh one by default. Repeat one to test deduplication.") var id: String?

    func validate() throws {
        guard WebhookSecret(secret) != nil else { throw ValidationError("--secret must be whsec_ followed by a base64 key") }
        if let order, UUID(uuidString: order) == nil { throw ValidationError("--order must be an order id (UUID)") }
    }

    func run() async throws {
        guard let secret = WebhookSecret(secret) else { throw ExitCode.validationFailure }
        let event = PartnerWebhookEvent(type: type, data: .init(orderID: order.flatMap(UUID.init(uuidString:))))
        let eventID = id ?? "evt_" + UUID().uuidString.lowercased()
        let result = try await sendOrExplain(WebhookSender(secret: secret), event: event, id: eventID)
        if let failure = result.failure {
            FileHandleStderr.write("send-webhook: \(failure)\n")
            throw ExitCode.failure
        }
        let status = result.status ?? 0
        print("\(eventID) \(status) \(result.body)")
        guard (200..<300).contains(status) else { throw ExitCode.failure }
    }

    private func sendOrExplain(_ sender: WebhookSender, event: PartnerWebhookEvent, id: String) async throws
        -> (status: Int?, body: String, failure: String?)
    {
        do {
            return try await sender.sendOnce(event, id: id, to: to)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
