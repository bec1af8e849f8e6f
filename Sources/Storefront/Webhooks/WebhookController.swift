import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// `POST /api/webhooks/partner`: verifies the Standard Webhooks signature over the raw body, applies the
/// partner's hourly limit, and stores the event before answering 200, so an acknowledged event survives
/// a crash; processing happens later in `WebhookProcessor`.
struct WebhookController: Sendable {
    let verifier: WebhookVerifier
    let limiter: RateLimiter
    /// The per-partner quota; nil when WEBHOOK_RATE_LIMIT_PER_HOUR is 0.
    let policy: RateLimitPolicy?
    let store: WebhookEventStore
    let metrics: WebhookMetrics
    let logger: Logger

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("api/webhooks/partner", use: receive)
    }

    /// The 200 body: whether this delivery was new or a repeat of a stored event.
    struct Acknowledgement: ResponseEncodable, Decodable, Sendable {
        var received: Bool
        var duplicate: Bool
    }

    @Sendable func receive(_ request: Request, context: AppRequestContext) async throws -> Acknowledgement {
        let body = Array(buffer: try await request.body.collect(upTo: context.maxUploadSize))
        let delivery = WebhookDelivery(
            id: request.headers[.webhookID], timestamp: request.headers[.webhookTimestamp],
            signature: request.headers[.webhookSignature], body: body
        )
        let verified: WebhookVerifier.Verified
        do {
            verified = try verifier.verify(delivery, nowUnixSeconds: Int64(Date().timeIntervalSince1970))
        } catch {
            metrics.rejected.increment()
            logger.notice("Webhook rejected", metadata: ["reason": "\(error)"])
            throw APIError.unauthorized("The webhook signature could not be verified.")
        }
        let partner = verified.secret.fingerprint
        if let policy, let retryAfter = await limiter.decide(.partner(partner), policy: policy).retryAfterSeconds {
            metrics.rejected.increment()
            throw APIError(
                .rateLimitExceeded, "Too many webhook deliveries from this partner.", headers: [.retryAfter: "\(retryAfter)"])
        }
        let event = try decodeEvent(body)
        let stored = try await store.insert(
            id: verified.id, type: event.type, partner: partner, signedAt: verified.timestamp,
            body: String(decoding: body, as: UTF8.self)
        )
        return Acknowledgement(received: true, duplicate: !stored)
    }

    private func decodeEvent(_ body: [UInt8]) throws(APIError) -> PartnerWebhookEvent {
        guard let event = try? JSONDecoder().decode(PartnerWebhookEvent.self, from: Data(body)),
            !event.type.isEmpty, event.type.count <= PartnerWebhookEvent.maximumTypeLength
        else {
            throw APIError.validation([ErrorDetail(field: "body", issue: "must be a JSON event with a type and data")])
        }
        return event
    }
}

extension HTTPField.Name {
    /// `webhook-id` (Standard Webhooks).
    static let webhookID = HTTPField.Name("webhook-id")!
    /// `webhook-timestamp` (Standard Webhooks), Unix seconds.
    static let webhookTimestamp = HTTPField.Name("webhook-timestamp")!
    /// `webhook-signature` (Standard Webhooks), space-separated `v1,<base64>` values.
    static let webhookSignature = HTTPField.Name("webhook-signature")!
}
