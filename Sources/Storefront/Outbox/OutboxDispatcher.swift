import Logging
import ServiceLifecycle

/// The background service that delivers outbox messages through the `PartnerClient`.
///
/// A message whose partner is down stays pending (its order stays `pending` too) and is delivered when the
/// partner recovers; only an explicit refusal (a 4xx other than 429) parks it as `failed`.
struct OutboxDispatcher<Transport: PartnerTransport>: Service {
    let store: OutboxStore
    let client: PartnerClient<Transport>
    let metrics: IntegrationMetrics
    let pollInterval: Duration
    let logger: Logger
    var schedule = OutboxRetrySchedule()
    var batchSize = 16
    /// Longer than a delivery round can take (4 attempts of up to 10 s plus backoff), so a live dispatcher's
    /// lease never runs out under it.
    var lease: Duration = .seconds(120)

    func run() async throws {
        await PollingLoop.run(every: pollInterval) {
            let delivered = await deliverBatchLoggingErrors()
            await updateBacklogGauges()
            return delivered == batchSize
        }
        await client.transport.shutdown()
    }

    /// Leases due messages and delivers them concurrently; returns how many were leased.
    func deliverBatch() async throws -> Int {
        let messages = try await store.leaseDue(limit: batchSize, lease: lease)
        await withTaskGroup(of: Void.self) { group in
            for message in messages {
                group.addTask { await deliver(message) }
            }
        }
        return messages.count
    }

    private func deliver(_ message: OutboxMessage) async {
        do {
            if message.partner == .payments, let reason = message.skipReason(orderStatus: try await store.orderStatus(of: message)) {
                try await store.markSkipped(message, reason: reason)
                return
            }
            do {
                _ = try await client.call(message.request)
                try await store.markSent(message)
            } catch let error as PartnerCallError {
                try await record(error, for: message)
            }
        } catch {
            logger.warning(
                "Outbox bookkeeping failed; the lease will expire and the message be retried",
                metadata: [
                    "outbox_id": "\(message.id)", "error": "\(String(reflecting: error))",
                ])
        }
    }

    private func record(_ error: PartnerCallError, for message: OutboxMessage) async throws {
        let metadata: Logger.Metadata = ["outbox_id": "\(message.id)", "kind": "\(message.kind)", "error": "\(error)"]
        switch error {
        case .rejected:
            logger.error("Partner refused an outbox message; parked as failed", metadata: metadata)
            try await store.markFailed(message, error: error.description)
        case .circuitOpen:
            try await store.reschedule(message, after: schedule.delay(after: error, attempts: message.attempts), error: error.description, countsAsAttempt: false)
        case .exhausted, .cancelled:
            logger.notice("Outbox delivery will be retried later", metadata: metadata)
            let attempts = message.attempts + 1
            try await store.reschedule(message, after: schedule.delay(after: error, attempts: attempts), error: error.description, countsAsAttempt: true)
        }
    }

    private func deliverBatchLoggingErrors() async -> Int {
        do {
            return try await deliverBatch()
        } catch is CancellationError {
            return 0
        } catch {
            logger.warning("Outbox poll failed; retrying", metadata: ["error": "\(String(reflecting: error))"])
            return 0
        }
    }

    private func updateBacklogGauges() async {
        guard let counts = try? await store.counts() else { return }
        metrics.outboxBacklog.set(Int64(counts.pending))
        metrics.outboxDeadLetters.set(Int64(counts.failed))
    }
}
