import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle

/// The background worker that applies stored webhook events, each exactly once.
///
/// A batch is claimed with `FOR UPDATE SKIP LOCKED` inside one transaction that also applies each event
/// and marks it processed: several workers (or server instances) never take the same event, and an event
/// whose worker dies mid-way is rolled back and picked up again, including events left from before a
/// crash, which are simply the oldest unprocessed rows. The worker waits one poll interval before its
/// first look, so the schema exists by then.
struct WebhookProcessor: Service {
    let client: PostgresClient
    let store: WebhookEventStore
    let metrics: WebhookMetrics
    let pollInterval: Duration
    let logger: Logger
    var batchSize = 50

    func run() async throws {
        await PollingLoop.run(every: pollInterval) {
            let processed = await processBatchLoggingErrors()
            await updateBacklogGauges()
            return processed == batchSize
        }
    }

    /// Claims, applies and marks up to `batchSize` events in one transaction; returns how many.
    func processBatch() async throws -> Int {
        try await client.transaction(logger: logger) { connection in
            let rows = try await connection.query(
                """
                SELECT id, event_id, payload::text, EXTRACT(EPOCH FROM now() - received_at)::float8
                FROM webhook_events WHERE processed_at IS NULL
                ORDER BY received_at, id LIMIT \(batchSize)
                FOR UPDATE SKIP LOCKED
                """,
                logger: logger
            )
            var claimed: [(id: Int64, eventID: String, payload: String, waited: Double)] = []
            for try await row in rows.decode((Int64, String, String, Double).self) { claimed.append(row) }
            for event in claimed {
                let outcome = try await apply(payload: event.payload, on: connection)
                try await connection.query(
                    "UPDATE webhook_events SET processed_at = now(), outcome = \(outcome) WHERE id = \(event.id)",
                    logger: logger
                )
                metrics.processingLag.record(.milliseconds(Int64(event.waited * 1000)))
                logger.debug("Processed webhook event", metadata: ["event_id": "\(event.eventID)", "outcome": "\(outcome)"])
            }
            return claimed.count
        }
    }

    private func apply(payload: String, on connection: PostgresConnection) async throws -> String {
        guard let event = try? JSONDecoder().decode(PartnerWebhookEvent.self, from: Data(payload.utf8)) else {
            return "ignored: unreadable payload"
        }
        switch WebhookAction(event) {
        case .settle(let orderID, let status):
            return try await OrderSettlement(logger: logger).settle(orderID: orderID, to: status, on: connection).description
        case .ignore(let reason):
            return reason
        }
    }

    private func processBatchLoggingErrors() async -> Int {
        do {
            let count = try await processBatch()
            metrics.processed.increment(by: Int64(count))
            return count
        } catch is CancellationError {
            return 0
        } catch {
            logger.warning("Webhook batch failed; it will be retried", metadata: ["error": "\(String(reflecting: error))"])
            return 0
        }
    }

    private func updateBacklogGauges() async {
        guard let backlog = try? await store.backlog() else { return }
        metrics.queueDepth.set(Int64(backlog.depth))
        metrics.oldestPendingAge.set(backlog.oldestAgeSeconds)
    }
}
