import Foundation
import Logging
import PostgresNIO

/// The outbox table's queries: leasing due messages, and recording each delivery's result.
///
/// A message is leased (not locked) while it is being delivered, because a delivery with retries can
/// take longer than a transaction should stay open; a lease that runs out (its dispatcher died) makes
/// the message due again, and the idempotency key makes the repeat harmless.
struct OutboxStore: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Leases up to `limit` due messages for `lease`; other dispatchers skip them.
    func leaseDue(limit: Int, lease: Duration) async throws -> [OutboxMessage] {
        let rows = try await client.query(
            """
            UPDATE outbox_messages SET leased_until = now() + make_interval(secs => \(lease / .seconds(1)))
            WHERE id IN (
                SELECT id FROM outbox_messages
                WHERE status = 'pending' AND next_attempt_at <= now() AND (leased_until IS NULL OR leased_until < now())
                ORDER BY next_attempt_at, id LIMIT \(limit)
                FOR UPDATE SKIP LOCKED
            )
            RETURNING id, partner, kind, idempotency_key, order_id, payload::text, attempts
            """,
            logger: logger
        )
        var messages: [OutboxMessage] = []
        for try await (id, partner, kind, key, orderID, payload, attempts) in rows.decode((Int64, String, String, UUID, UUID?, String, Int).self) {
            guard let partner = Partner(rawValue: partner) else { continue }
            messages.append(
                OutboxMessage(id: id, partner: partner, kind: kind, idempotencyKey: key, orderID: orderID, payload: payload, attempts: attempts)
            )
        }
        return messages
    }

    /// Marks `message` delivered; a successful charge also pays its order, in the same transaction.
    func markSent(_ message: OutboxMessage) async throws {
        try await client.transaction(logger: logger) { connection in
            var outcome = "sent"
            if message.partner == .payments, let orderID = message.orderID {
                outcome = try await OrderSettlement(logger: logger).settle(orderID: orderID, to: .paid, on: connection).description
            }
            try await connection.query(
                """
                UPDATE outbox_messages SET status = 'sent', sent_at = now(), leased_until = NULL,
                    attempts = attempts + 1, last_error = NULL, outcome = \(outcome)
                WHERE id = \(message.id)
                """,
                logger: logger
            )
        }
    }

    /// The current status of the message's order (nil when it has none or the order is gone).
    func orderStatus(of message: OutboxMessage) async throws -> OrderStatus? {
        guard let orderID = message.orderID else { return nil }
        let rows = try await client.query("SELECT status FROM orders WHERE id = \(orderID)", logger: logger)
        for try await status in rows.decode(String.self) { return OrderStatus(rawValue: status) }
        return nil
    }

    /// Retires `message` without sending it, recording why.
    func markSkipped(_ message: OutboxMessage, reason: String) async throws {
        try await client.query(
            "UPDATE outbox_messages SET status = 'skipped', leased_until = NULL, outcome = \(reason) WHERE id = \(message.id)",
            logger: logger
        )
    }

    /// Leaves `message` pending until `delay` from now, recording why.
    func reschedule(_ message: OutboxMessage, after delay: Duration, error: String, countsAsAttempt: Bool) async throws {
        try await client.query(
            """
            UPDATE outbox_messages SET leased_until = NULL, last_error = \(error),
                next_attempt_at = now() + make_interval(secs => \(delay / .seconds(1))),
                attempts = attempts + \(countsAsAttempt ? 1 : 0)
            WHERE id = \(message.id)
            """,
            logger: logger
        )
    }

    /// Gives up on `message` (the partner refused it): kept as `failed` for an operator to look at.
    func markFailed(_ message: OutboxMessage, error: String) async throws {
        try await client.query(
            """
            UPDATE outbox_messages SET status = 'failed', leased_until = NULL, attempts = attempts + 1, last_error = \(error)
            WHERE id = \(message.id)
            """,
            logger: logger
        )
    }

    /// Pending and failed counts, for the backlog gauges.
    func counts() async throws -> (pending: Int, failed: Int) {
        let rows = try await client.query(
            """
            SELECT count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'failed')
            FROM outbox_messages
            """,
            logger: logger
        )
        for try await (pending, failed) in rows.decode((Int, Int).self) { return (pending, failed) }
        return (0, 0)
    }
}
