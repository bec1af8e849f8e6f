import Foundation
import PostgresNIO
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct OutboxThroughputTests {
    /// 500 orders' worth of messages written at once (the template's peak second), announced by another
    /// instance's `NOTIFY` alone (the fallback poll is an hour), reach a partner that answers in 20 ms in
    /// batches: every message is delivered exactly once, and PostgreSQL sees at most one lease and one
    /// record statement per 20 ms window of the delivery, and at least 4 messages per statement. Both bounds
    /// hold on a busy machine: a slower delivery spans more windows, and each window still carries the
    /// deliveries that finished in it (one statement per message would be 2,000 statements).
    @Test func aBacklogIsDeliveredInBatchesWokenByNotification() async throws {
        try await LiveSimulator.run(SimulatorKnobs(latencyMilliseconds: 20)) { simulator in
            try await Harness.run([.partnersURL: simulator.url, .outboxPollInterval: "1h", .poolMax: "10"]) { app in
                let buyer = try await app.register()
                try await app.services.postgres.query(
                    """
                    WITH placed AS (
                        INSERT INTO orders (user_id, total) SELECT \(buyer.id), 1000 FROM generate_series(1, 500) RETURNING id
                    )
                    INSERT INTO outbox_messages (partner, kind, idempotency_key, order_id)
                    SELECT message.partner, message.kind, gen_random_uuid(), placed.id
                    FROM placed, (VALUES ('payments', 'payment.charge'), ('email', 'email.order_confirmation')) AS message (partner, kind)
                    """,
                    logger: TestDatabase.logger
                )
                let started = ContinuousClock.now
                try await app.services.postgres.query(
                    "SELECT pg_notify(\(OutboxDispatcher<HTTPPartnerTransport>.channel), 'another-instance')", logger: TestDatabase.logger)
                #expect(try await eventually(timeout: .seconds(120)) { try await app.outboxCount(status: "sent") == 1000 })
                let windows = Int(((ContinuousClock.now - started) / OutboxPump.Settings().batchWindow).rounded(.up))
                #expect(simulator.simulator.state.distinctPayments == 500)
                #expect(simulator.simulator.state.requestCount(.email) == 500)
                let leases = try await app.metric("storefront_outbox_lease_statements_total")
                let records = try await app.metric("storefront_outbox_record_statements_total")
                #expect(leases + records <= Double(2 * windows + 2), "\(leases) leases and \(records) records in \(windows) windows")
                #expect(leases + records <= 1000 / 4, "\(leases) leases and \(records) records for 1000 messages")
                #expect(try await app.orderCount(status: "paid") == 500, "every charge paid its order in the record statement")
            }
        }
    }

    /// An order's messages go out when the order commits, not at the next poll (an hour here).
    @Test func anOrderRingsTheDispatcherItself() async throws {
        try await LiveSimulator.run { simulator in
            try await Harness.run([.partnersURL: simulator.url, .outboxPollInterval: "1h"]) { app in
                let order = try await app.placeOrder()
                #expect(try await eventually { try await app.orderStatus(order.id) == "paid" })
                // The email's result may be recorded in the batch after the charge's.
                #expect(try await eventually { try await app.outbox(of: order.id).map(\.status) == ["sent", "sent"] })
            }
        }
    }
}

extension Harness {
    /// Outbox messages in `status`.
    func outboxCount(status: String) async throws -> Int {
        let rows = try await services.postgres.query("SELECT count(*) FROM outbox_messages WHERE status = \(status)", logger: TestDatabase.logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }

    /// Orders in `status`.
    func orderCount(status: String) async throws -> Int {
        let rows = try await services.postgres.query("SELECT count(*) FROM orders WHERE status = \(status)", logger: TestDatabase.logger)
        for try await count in rows.decode(Int.self) { return count }
        return 0
    }
}
