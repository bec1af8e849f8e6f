import Foundation
import PostgresNIO

extension OrderRepository {
    /// Records the key for this request, or returns the order an earlier request with the same key created.
    /// A concurrent request with the same key waits on the primary key until the first one commits.
    func claim(_ key: String, userID: UUID, draft: OrderDraft, on connection: PostgresConnection) async throws -> Order? {
        let fingerprint = draft.fingerprint
        let inserted = try await connection.query(
            """
            INSERT INTO idempotency_keys (user_id, key, request_hash)
            VALUES (\(userID), \(key), encode(sha256(convert_to(\(fingerprint), 'UTF8')), 'hex'))
            ON CONFLICT (user_id, key) DO NOTHING
            RETURNING 1
            """,
            logger: logger
        )
        for try await _ in inserted { return nil }
        let rows = try await connection.query(
            """
            SELECT request_hash = encode(sha256(convert_to(\(fingerprint), 'UTF8')), 'hex'), order_id
            FROM idempotency_keys WHERE user_id = \(userID) AND key = \(key)
            """,
            logger: logger
        )
        for try await (sameRequest, orderID) in rows.decode((Bool, UUID?).self) {
            guard sameRequest else {
                throw APIError(
                    .conflict, "This Idempotency-Key was already used for a different request.",
                    details: [ErrorDetail(field: "Idempotency-Key", issue: "reused with a different body")]
                )
            }
            if let orderID, let order = try await OrderReads(logger: logger).find(id: orderID, ownerID: nil, on: connection) {
                return order
            }
        }
        throw APIError(.conflict, "A request with this Idempotency-Key is still being processed.")
    }
}
