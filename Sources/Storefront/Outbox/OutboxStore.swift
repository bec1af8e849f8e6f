import Foundation
import Logging
import PostgresNIO

/// The outbox table's statements: leasing a batch of due messages with their orders, and recording a
/// batch of delivery results (paying the orders whose charge went through) — one statement each.
///
/// A message is leased (not locked) while it is being delivered, because a delivery with retries can
/// take longer than a transaction should stay open; a lease that runs out (its dispatcher died) makes
/// the message due again, and the idempotency key makes the repeat harmless.
struct OutboxStore: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Leases up to `limit` due messages for `lease`; other dispatchers skip them.
    func leaseDue(limit: Int, lease: Duration) async throws -> [OutboxMessage] {
        try await plannedEachTime(LeaseOutboxMessages(limit: limit, lease: lease)).compactMap { $0 }
    }

    /// Records `results` in one statement. A sent charge pays its order if the order is still pending
    /// (the one way into `paid`, as `OrderStatus.successors` says), in the same statement.
    func record(_ results: [OutboxResult]) async throws {
        guard !results.isEmpty else { return }
        _ = try await plannedEachTime(RecordOutboxResults(results: results))
    }

    /// Runs `statement` unprepared, so PostgreSQL plans it for the tables as they are now. The server's
    /// prepared statements keep the plan made at their first execution on a connection (`plan_cache_mode`),
    /// and on a fresh database the outbox and orders tables are nearly empty then: the plan hashed
    /// sequential scans of them and kept doing so as they grew (measured with auto_explain: 6–10 ms per
    /// lease or record a few seconds into the cost benchmark, 1.4 ms of PostgreSQL CPU per order). These
    /// statements run at most once per 20 ms batch window each, so planning them every time costs well
    /// under a millisecond per batch.
    private func plannedEachTime<Statement: PostgresPreparedStatement>(_ statement: Statement) async throws -> [Statement.Row] {
        let rows = try await client.query(PostgresQuery(unsafeSQL: Statement.sql, binds: statement.makeBindings()), logger: logger)
        var decoded: [Statement.Row] = []
        for try await row in rows { decoded.append(try statement.decodeRow(row)) }
        return decoded
    }

    /// The current status of an order; nil when the order is gone.
    func orderStatus(of orderID: UUID) async throws -> OrderStatus? {
        let rows = try await client.query("SELECT status FROM orders WHERE id = \(orderID)", logger: logger)
        for try await status in rows.decode(String.self) { return OrderStatus(rawValue: status) }
        return nil
    }

    /// The newest migration applied to the database; throws before the first.
    func schemaVersion() async throws -> Int {
        let rows = try await client.query("SELECT coalesce(max(version), 0) FROM schema_migrations", logger: logger)
        for try await version in rows.decode(Int.self) { return version }
        return 0
    }

    /// Sends `NOTIFY channel, 'instance'` in a transaction of its own.
    func notify(channel: String, from instance: String) async throws {
        try await client.query("SELECT pg_notify(\(channel), \(instance))", logger: logger)
    }

    /// Messages waiting (and the age of the oldest) and messages parked as failed, for the gauges.
    func backlog() async throws -> (pending: Int, oldestPendingSeconds: Double, failed: Int) {
        let rows = try await client.query(
            """
            SELECT (SELECT count(*) FROM outbox_messages WHERE status = 'pending'),
                   (SELECT coalesce(extract(epoch FROM now() - min(created_at))::float8, 0)
                    FROM outbox_messages WHERE status = 'pending'),
                   (SELECT count(*) FROM outbox_messages WHERE status = 'failed')
            """,
            logger: logger
        )
        for try await (pending, age, failed) in rows.decode((Int, Double, Int).self) { return (pending, age, failed) }
        return (0, 0, 0)
    }
}

/// Leases due messages with their orders' status, total and buyer: the statement runs for every batch.
/// Run as an unnamed statement, planned at every execution (`OutboxStore.plannedEachTime`).
struct LeaseOutboxMessages: PostgresPreparedStatement {
    static let sql = """
        WITH due AS (
            SELECT id FROM outbox_messages
            WHERE status = 'pending' AND next_attempt_at <= now() AND (leased_until IS NULL OR leased_until < now())
            ORDER BY next_attempt_at, id LIMIT $1
            FOR UPDATE SKIP LOCKED
        ),
        leased AS (
            UPDATE outbox_messages m SET leased_until = now() + make_interval(secs => $2)
            WHERE m.id = ANY (ARRAY(SELECT id FROM due))
            RETURNING m.id, m.partner, m.kind, m.idempotency_key, m.order_id, m.attempts
        )
        SELECT leased.id, leased.partner, leased.kind, leased.idempotency_key, leased.order_id, leased.attempts,
               o.status, o.total, o.user_id
        FROM leased LEFT JOIN LATERAL (SELECT status, total, user_id FROM orders WHERE orders.id = leased.order_id) o ON true
        ORDER BY leased.id
        """
    /// A message, or nil for a row naming a partner this server does not know (left leased until it expires).
    typealias Row = OutboxMessage?
    static var bindingDataTypes: [PostgresDataType] { [.int8, .float8] }

    var limit: Int
    var lease: Duration

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(limit)
        bindings.append(lease / .seconds(1))
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> OutboxMessage? {
        let (id, partner, kind, key, orderID, attempts, status, total, userID) =
            try row.decode((Int64, String, String, UUID, UUID?, Int, String?, Int?, UUID?).self)
        guard let partner = Partner(rawValue: partner) else { return nil }
        var order: OutboxMessage.OrderFacts?
        if let status = status.flatMap(OrderStatus.init(rawValue:)), let total, let userID {
            order = OutboxMessage.OrderFacts(status: status, total: total, userID: userID)
        }
        return OutboxMessage(id: id, partner: partner, kind: kind, idempotencyKey: key, orderID: orderID, attempts: attempts, order: order)
    }
}

/// Records a batch of delivery results (`OutboxStore.record`). Run as an unnamed statement, planned at
/// every execution (`OutboxStore.plannedEachTime`).
struct RecordOutboxResults: PostgresPreparedStatement {
    static let sql = """
        WITH result AS (
            SELECT * FROM unnest($1::bigint[], $2::text[], $3::integer[], $4::float8[], $5::text[])
                AS result (id, disposition, attempt, delay, note)
        ),
        paid AS (
            UPDATE orders o SET status = 'paid', updated_at = now()
            FROM result JOIN outbox_messages m ON m.id = result.id
            WHERE result.disposition = 'sent' AND m.partner = '\(Partner.payments.rawValue)'
                AND o.id = m.order_id AND o.status = 'pending'
            RETURNING o.id
        )
        UPDATE outbox_messages m SET
            status = result.disposition,
            attempts = m.attempts + result.attempt,
            leased_until = NULL,
            sent_at = CASE WHEN result.disposition = 'sent' THEN now() END,
            next_attempt_at = CASE WHEN result.disposition = 'pending'
                THEN now() + make_interval(secs => result.delay) ELSE m.next_attempt_at END,
            last_error = CASE WHEN result.disposition IN ('pending', 'failed') THEN nullif(result.note, '') END,
            outcome = CASE
                WHEN result.disposition = 'skipped' THEN result.note
                WHEN result.disposition = 'sent' AND m.partner = '\(Partner.payments.rawValue)' THEN
                    CASE WHEN m.order_id IN (SELECT id FROM paid) THEN 'applied: order paid'
                         ELSE 'unchanged: order is no longer pending' END
                WHEN result.disposition = 'sent' THEN 'sent'
            END
        FROM result WHERE m.id = result.id
        """
    typealias Row = Void
    static var bindingDataTypes: [PostgresDataType] { [.int8Array, .textArray, .int8Array, .float8Array, .textArray] }

    var results: [OutboxResult]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(results.map(\.messageID))
        bindings.append(results.map(\.disposition.rawValue))
        bindings.append(results.map { $0.countsAsAttempt ? 1 : 0 })
        bindings.append(results.map { $0.retryAfter / .seconds(1) })
        bindings.append(results.map { $0.note ?? "" })
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws {}
}
