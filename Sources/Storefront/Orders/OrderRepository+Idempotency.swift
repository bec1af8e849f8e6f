import Foundation
import PostgresNIO

extension OrderRepository {
    /// The order an earlier request with `key` placed for this user, nil when the key is unused, or
    /// `idempotencyKeyReused` when that request ordered something else.
    func replay(_ key: String, userID: UUID, draft: OrderDraft) async throws -> Order? {
        try await client.withConnection { connection in
            let rows = try await connection.query(
                "SELECT request_hash = \(draft.requestHash), order_id FROM idempotency_keys WHERE user_id = \(userID) AND key = \(key)",
                logger: logger
            )
            for try await (sameRequest, orderID) in rows.decode((Bool, UUID?).self) {
                guard sameRequest else { throw OrderFailure.idempotencyKeyReused }
                guard let orderID, let order = try await OrderReads(logger: logger).find(id: orderID, ownerID: nil, on: connection) else {
                    throw OrderFailure.idempotencyKeyWithoutOrder
                }
                return order
            }
            return nil
        }
    }
}
