import Foundation

/// The JSON bodies partners receive, as Codable values encoded with `JSONEncoder`; ids are written in
/// lower case, as PostgreSQL writes them.
enum OutboxPayload {
    /// Encodes `payload` as a request body, keys sorted so that every attempt of a message sends the same
    /// bytes (the encoder's key order is otherwise not fixed).
    static func encode(_ payload: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Array(try encoder.encode(payload))
    }
}

/// `POST /payments`: charge the order's total.
struct PaymentCharge: Codable, Sendable, Equatable {
    /// The outbox kind that carries this body.
    static let kind = "payment.charge"

    var orderID: String
    var amount: Int
    var currency: String

    init(orderID: UUID, amount: Int, currency: String = "USD") {
        self.orderID = orderID.uuidString.lowercased()
        self.amount = amount
        self.currency = currency
    }

    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
        case amount, currency
    }
}

/// `POST /emails`: confirm the order to its buyer.
struct OrderConfirmationEmail: Codable, Sendable, Equatable {
    /// The outbox kind that carries this body.
    static let kind = "email.order_confirmation"

    var orderID: String
    var userID: String
    var template: String
    var total: Int

    init(orderID: UUID, userID: UUID, total: Int) {
        self.orderID = orderID.uuidString.lowercased()
        self.userID = userID.uuidString.lowercased()
        self.template = "order_confirmation"
        self.total = total
    }

    enum CodingKeys: String, CodingKey {
        case orderID = "order_id"
        case userID = "user_id"
        case template, total
    }
}
