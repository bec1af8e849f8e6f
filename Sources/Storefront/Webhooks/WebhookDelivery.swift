/// One incoming webhook request as the verifier sees it: the three Standard Webhooks headers (nil when
/// absent) and the raw body bytes, which are signed exactly as received.
public struct WebhookDelivery: Sendable {
    /// `webhook-id`: the event's unique id, also the deduplication key.
    public var id: String?
    /// `webhook-timestamp`: Unix seconds when the partner signed the event.
    public var timestamp: String?
    /// `webhook-signature`: space-separated `v1,<base64>` signatures.
    public var signature: String?
    /// The body exactly as received.
    public var body: [UInt8]

    /// Creates a delivery.
    public init(id: String?, timestamp: String?, signature: String?, body: [UInt8]) {
        self.id = id
        self.timestamp = timestamp
        self.signature = signature
        self.body = body
    }
}
