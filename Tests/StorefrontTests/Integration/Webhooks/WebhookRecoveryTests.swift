import Foundation
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct WebhookRecoveryTests {
    @Test func anEventAcknowledgedBeforeACrashIsProcessedAfterRestart() async throws {
        try await TestDatabase.withFreshDatabase { database in
            // First server: its worker would only look after an hour, so it "dies" before processing.
            let order = try await Harness.run(database: database, Harness.webhookOverrides(pollInterval: "1h")) { app in
                let order = try await app.placeOrder()
                let event = PartnerWebhookEvent(type: "payment.succeeded", data: .init(orderID: order.id))
                #expect(try await app.deliver(event, id: "evt_crash").status == .ok)
                let rows = try await app.webhookRows(id: "evt_crash")
                #expect(rows.stored == 1 && rows.processed == 0)
                #expect(try await app.orderStatus(order.id) == "pending")
                return order
            }
            // Second server on the same database picks the leftover event up.
            try await Harness.run(database: database, Harness.webhookOverrides()) { app in
                let processed = try await eventually { try await app.webhookRows(id: "evt_crash").processed == 1 }
                #expect(processed)
                #expect(try await app.orderStatus(order.id) == "paid")
            }
        }
    }
}
