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
        let result: WebhookSendResult
        do {
            result = try await WebhookSender(secret: secret).sendOnce(event, id: eventID, to: to)
        } catch .network(let reason) {
            FileHandleStderr.write("send-webhook: \(reason)\n")
            throw ExitCode.failure
        } catch {
            throw ValidationError(error.description)
        }
        print("\(eventID) \(result.status) \(result.body)")
        guard (200..<300).contains(result.status) else { throw ExitCode.failure }
    }
}
