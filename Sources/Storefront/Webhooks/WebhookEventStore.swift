import Foundation
import Logging
import PostgresNIO

/// Persists verified webhook events before they are acknowledged; the unique `event_id` makes a repeated
/// delivery a no-op, however many arrive at once.
struct WebhookEventStore: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// Stores the event; returns false when an event with this id was already stored.
    func insert(id: String, type: String, partner: String, signedAt: Int64, body: String) async throws -> Bool {
        let rows = try await client.query(
            """
            INSERT INTO webhook_events (event_id, event_type, partner, payload, signed_at)
            VALUES (\(id), \(type), \(partner), \(body)::jsonb, to_timestamp(\(Double(signedAt))))
            ON CONFLICT (event_id) DO NOTHING
            RETURNING 1
            """,
            logger: logger
        )
        for try await _ in rows { return true }
        return false
    }

    /// Events not processed yet and the age of the oldest, for the queue-depth and lag gauges.
    func backlog() async throws -> (depth: Int, oldestAgeSeconds: Double) {
        let rows = try await client.query(
            """
            SELECT count(*)::bigint, COALESCE(EXTRACT(EPOCH FROM now() - min(received_at))::float8, 0)
            FROM webhook_events WHERE processed_at IS NULL
            """,
            logger: logger
        )
        for try await (depth, age) in rows.decode((Int, Double).self) { return (depth, age) }
        return (0, 0)
    }
}
