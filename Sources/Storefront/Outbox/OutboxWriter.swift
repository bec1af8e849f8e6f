import Foundation
import Logging
import PostgresNIO

/// Writes outbox rows on the caller's connection, inside the caller's transaction.
struct OutboxWriter: Sendable {
    let logger: Logger

    /// The two messages a new order causes: a charge at the payment gateway and the confirmation email.
    func enqueueOrderPlaced(orderID: UUID, userID: UUID, total: Int, on connection: PostgresConnection) async throws {
        let charge = #"{"order_id":"\#(orderID.uuidString.lowercased())","amount":\#(total),"currency":"USD"}"#
        let email = #"{"order_id":"\#(orderID.uuidString.lowercased())","user_id":"\#(userID.uuidString.lowercased())","template":"order_confirmation","total":\#(total)}"#
        try await enqueue(partner: .payments, kind: "payment.charge", orderID: orderID, payload: charge, on: connection)
        try await enqueue(partner: .email, kind: "email.order_confirmation", orderID: orderID, payload: email, on: connection)
    }

    private func enqueue(partner: Partner, kind: String, orderID: UUID, payload: String, on connection: PostgresConnection) async throws {
        try await connection.query(
            """
            INSERT INTO outbox_messages (partner, kind, idempotency_key, order_id, payload)
            VALUES (\(partner.rawValue), \(kind), gen_random_uuid(), \(orderID), \(payload)::jsonb)
            """,
            logger: logger
        )
    }
}
