import Foundation
import PostgresNIO
import TestSupport

@testable import Storefront

/// Outbox-table reads for the outbox tests.
extension Harness {
    /// The order's outbox messages as (partner, status, idempotency key).
    func outbox(of orderID: UUID) async throws -> [(partner: String, status: String, key: UUID)] {
        let rows = try await services.postgres.query(
            "SELECT partner, status, idempotency_key FROM outbox_messages WHERE order_id = \(orderID) ORDER BY partner",
            logger: TestDatabase.logger
        )
        var messages: [(partner: String, status: String, key: UUID)] = []
        for try await row in rows.decode((String, String, UUID).self) { messages.append(row) }
        return messages
    }
}
