import Logging
import ServiceLifecycle

/// The background service that delivers outbox messages through the `PartnerClient`.
///
/// It sleeps until messages are written: this instance's orders ring its `OutboxDoorbell`, and it passes
/// that on to the other instances' dispatchers with `NOTIFY outbox_messages` (at most one per batch
/// window, outside any order's transaction; each instance ignores its own). A slow poll is the fallback
/// for retries coming due and for missed notifications. `OutboxPump` decides
/// when to lease a batch and when to record results; deliveries run concurrently, each on its own task.
/// A message whose partner is down stays pending (its order stays `pending` too) and is delivered when
/// the partner recovers; only an explicit refusal (a 4xx other than 429) parks it as `failed`. On graceful
/// shutdown it leases nothing more, lets the deliveries in flight finish and records them.
struct OutboxDispatcher<Transport: PartnerTransport>: Service {
    let store: OutboxStore
    let client: PartnerClient<Transport>
    let metrics: IntegrationMetrics
    let outboxMetrics: OutboxMetrics
    /// Rung by this instance's requests that wrote messages; nil relies on notifications and polling.
    let doorbell: OutboxDoorbell?
    /// Wakes the dispatcher on other instances' `NOTIFY`; nil: no notifications are sent or heard.
    let listener: PostgresListener?
    /// This instance's name in notification payloads, so it ignores its own.
    let instance: String
    let pollInterval: Duration
    let logger: Logger
    var schedule = OutboxRetrySchedule()
    var pump = OutboxPump.Settings()
    /// Longer than a delivery can take (4 attempts of up to 10 s plus backoff), so a live dispatcher's
    /// lease never runs out under it.
    var lease: Duration = .seconds(120)
    /// How often the backlog gauges are refreshed.
    var gaugeInterval: Duration = .seconds(1)

    /// The channel dispatchers notify each other on.
    static var channel: String { "outbox_messages" }

    private enum Event: Sendable {
        case wake
        case rung
        case notifyOthers
        case leased([OutboxMessage], limit: Int)
        case leaseFailed
        case delivered(OutboxResult)
        case recorded
        case recordFailed([OutboxResult])
        case recheck
        case stop
    }

    func run() async throws {
        await cancelWhenGracefulShutdown { await waitForSchema() }
        if Task.isShuttingDownGracefully || Task.isCancelled { return }
        let (events, input) = AsyncStream.makeStream(of: Event.self)
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                if let listener {
                    group.addTask {
                        await listener.run { sender in
                            if sender != instance { input.yield(.wake) }
                        }
                    }
                }
                if let rings = doorbell?.rings() {
                    group.addTask {
                        for await _ in rings { input.yield(.rung) }
                    }
                }
                // One look now that the doorbell is heard: messages left by an earlier run, and orders that
                // committed while this dispatcher was starting (their ring came before anyone listened).
                input.yield(.wake)
                group.addTask { await pollAndMeasure(input) }
                await drive(events, input, in: &group)
                group.cancelAll()
            }
        } onGracefulShutdown: {
            input.yield(.stop)
        }
        await client.transport.shutdown()
    }

    /// Feeds events to the pump and performs its actions until it has finished after a stop (or the
    /// task is cancelled).
    private func drive(_ events: AsyncStream<Event>, _ input: AsyncStream<Event>.Continuation, in group: inout DiscardingTaskGroup) async {
        var pump = OutboxPump(settings: self.pump)
        var results: [OutboxResult] = []
        var recheckAt: ContinuousClock.Instant?
        var notifying = false
        for await event in events {
            switch event {
            case .wake:
                pump.wake()
            case .rung:
                pump.wake()
                if listener != nil, !notifying {
                    notifying = true
                    group.addTask {
                        try? await Task.sleep(for: self.pump.batchWindow)
                        input.yield(.notifyOthers)
                    }
                }
            case .notifyOthers:
                notifying = false
                group.addTask { await notifyOthers() }
            case .leased(let messages, let limit):
                pump.leased(messages.count, limit: limit)
                for message in messages {
                    group.addTask { input.yield(.delivered(await deliver(message))) }
                }
            case .leaseFailed:
                pump.leaseFailed()
            case .delivered(let result):
                pump.delivered()
                results.append(result)
            case .recorded:
                pump.recorded()
            case .recordFailed(let batch):
                pump.recordFailed()
                results.insert(contentsOf: batch, at: 0)
            case .recheck:
                recheckAt = nil
            case .stop:
                pump.stop()
            }
            for action in pump.next(now: .now) {
                switch action {
                case .lease(let limit):
                    group.addTask { input.yield(await lease(limit: limit)) }
                case .record:
                    let batch = results
                    results = []
                    group.addTask { input.yield(await record(batch)) }
                case .recheck(let instant):
                    if recheckAt.map({ instant < $0 }) ?? true {
                        recheckAt = instant
                        group.addTask {
                            try? await Task.sleep(until: instant, clock: .continuous)
                            input.yield(.recheck)
                        }
                    }
                }
            }
            if pump.isFinished { return }
        }
    }

    /// Waits until the migrations this server knows have run (by this instance or another), so the first
    /// lease (made as soon as the dispatcher listens) never meets a table that does not exist yet.
    private func waitForSchema() async {
        while !Task.isCancelled {
            if (try? await store.schemaVersion()) ?? 0 >= Migration.latestVersion { return }
            try? await Task.sleep(for: min(pollInterval, .milliseconds(100)))
        }
    }

    /// Tells the other instances' dispatchers that messages were written (they may share the work).
    private func notifyOthers() async {
        do {
            try await store.notify(channel: Self.channel, from: instance)
        } catch {
            logger.debug("Outbox notification failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    private func lease(limit: Int) async -> Event {
        do {
            let messages = try await store.leaseDue(limit: limit, lease: lease)
            outboxMetrics.leases.increment()
            return .leased(messages, limit: limit)
        } catch {
            logger.warning("Outbox lease failed; retrying at the next wake-up", metadata: ["error": "\(String(reflecting: error))"])
            return .leaseFailed
        }
    }

    private func record(_ batch: [OutboxResult]) async -> Event {
        do {
            try await store.record(batch)
            outboxMetrics.records.increment()
            outboxMetrics.delivered.increment(by: Int64(batch.count))
            return .recorded
        } catch {
            logger.warning(
                "Recording outbox results failed; they go with the next batch",
                metadata: [
                    "results": "\(batch.count)", "error": "\(String(reflecting: error))",
                ])
            return .recordFailed(batch)
        }
    }

    private func deliver(_ message: OutboxMessage) async -> OutboxResult {
        if let reason = message.skipReason(orderStatus: message.order?.status) {
            return .skipped(message, reason: reason)
        }
        let request: PartnerRequest
        do {
            request = try message.request()
        } catch {
            logger.error("Outbox message cannot be sent; parked as failed", metadata: ["outbox_id": "\(message.id)", "error": "\(error)"])
            return .unsendable(message, error)
        }
        do {
            _ = try await client.call(request, stillWanted: { await stillWanted(message) })
            return .sent(message)
        } catch {
            let metadata: Logger.Metadata = ["outbox_id": "\(message.id)", "kind": "\(message.kind)", "error": "\(error)"]
            switch error {
            case .rejected: logger.error("Partner refused an outbox message; parked as failed", metadata: metadata)
            case .exhausted, .cancelled: logger.notice("Outbox delivery will be retried later", metadata: metadata)
            case .circuitOpen: break
            }
            return .failed(message, error, schedule: schedule)
        }
    }

    /// Whether `message` should still go out, asked right before each attempt: a charge only while its order
    /// is pending. The status that came with the lease can be stale by then (a backoff, a breaker's trial,
    /// a busy machine between the lease and the send), and a cancelled order must not be charged
    /// (`OutboxDeliveryTests`). This costs one primary-key read per charge attempt. When the status cannot
    /// be read, the attempt goes ahead.
    private func stillWanted(_ message: OutboxMessage) async -> Bool {
        guard message.partner == .payments, let orderID = message.orderID else { return true }
        do {
            return message.skipReason(orderStatus: try await store.orderStatus(of: orderID)) == nil
        } catch {
            return true
        }
    }

    /// The fallback poll (a wake-up every `pollInterval`, the first after one interval, when the schema
    /// exists) and the backlog gauges (every `gaugeInterval`), until cancelled.
    private func pollAndMeasure(_ input: AsyncStream<Event>.Continuation) async {
        let clock = ContinuousClock()
        var nextPoll = clock.now + pollInterval
        var nextGauge = clock.now + gaugeInterval
        while !Task.isCancelled {
            do {
                try await Task.sleep(until: min(nextPoll, nextGauge), clock: clock)
            } catch {
                return
            }
            if clock.now >= nextPoll {
                input.yield(.wake)
                nextPoll = clock.now + pollInterval
            }
            if clock.now >= nextGauge {
                await updateBacklogGauges()
                nextGauge = clock.now + gaugeInterval
            }
        }
    }

    private func updateBacklogGauges() async {
        guard let backlog = try? await store.backlog() else { return }
        metrics.outboxBacklog.set(Int64(backlog.pending))
        metrics.outboxDeadLetters.set(Int64(backlog.failed))
        outboxMetrics.oldestPendingAge.set(backlog.oldestPendingSeconds)
    }
}
