import Foundation

/// The body of a partner webhook in the Standard Webhooks shape (`type`, `timestamp`, `data`); only the
/// fields the storefront acts on are typed, the rest of the body is stored as received.
public struct PartnerWebhookEvent: Codable, Sendable, Equatable {
    /// The fields of `data` the storefront reads.
    public struct Payload: Codable, Sendable, Equatable {
        /// The order the event is about, when it is about one.
        public var orderID: UUID?

        /// Creates a payload.
        public init(orderID: UUID?) {
            self.orderID = orderID
        }

        enum CodingKeys: String, CodingKey {
            case orderID = "order_id"
        }
    }

    /// Dotted event type, e.g. `payment.succeeded`.
    public var type: String
    /// When the partner created the event (ISO 8601), informational only.
    public var timestamp: String?
    /// The event's data.
    public var data: Payload

    /// Creates an event.
    public init(type: String, timestamp: String? = nil, data: Payload) {
        self.type = type
        self.timestamp = timestamp
        self.data = data
    }

    /// The longest event type stored.
    static let maximumTypeLength = 100
}
