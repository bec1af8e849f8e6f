import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct WebhookEndpointTests {
    private func paymentSucceeded(_ order: Order) -> PartnerWebhookEvent {
        PartnerWebhookEvent(type: "payment.succeeded", data: .init(orderID: order.id))
    }

    @Test func aValidEventDeliveredTwentyTimesAtOnceIsStoredAndProcessedOnce() async throws {
        try await Harness.run(Harness.webhookOverrides()) { app in
            let order = try await app.placeOrder()
            let event = paymentSucceeded(order)
            let responses = try await withThrowingTaskGroup(of: WebhookController.Acknowledgement.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        let response = try await app.deliver(event, id: "evt_twenty")
                        #expect(response.status == .ok)
                        return try response.decode(WebhookController.Acknowledgement.self)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(responses.filter { !$0.duplicate }.count == 1)
            #expect(try await eventually { try await app.webhookRows(id: "evt_twenty").processed == 1 })
            let rows = try await app.webhookRows(id: "evt_twenty")
            #expect(rows.stored == 1)
            #expect(rows.outcome == "applied: order paid")
            #expect(try await app.orderStatus(order.id) == "paid")
        }
    }

    @Test func aDuplicateIdAfterProcessingIsAcknowledgedAndChangesNothing() async throws {
        try await Harness.run(Harness.webhookOverrides()) { app in
            let order = try await app.placeOrder()
            _ = try await app.deliver(paymentSucceeded(order), id: "evt_once")
            #expect(try await eventually { try await app.orderStatus(order.id) == "paid" })
            let failed = PartnerWebhookEvent(type: "payment.failed", data: .init(orderID: order.id))
            let repeatResponse = try await app.deliver(failed, id: "evt_once")
            #expect(repeatResponse.status == .ok)
            #expect(try repeatResponse.decode(WebhookController.Acknowledgement.self).duplicate)
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await app.orderStatus(order.id) == "paid")
            #expect(try await app.webhookRowCount() == 1)
        }
    }

    enum Forgery: String, CaseIterable, Sendable {
        case changedByte, wrongSecret, staleTimestamp, futureTimestamp
    }

    @Test(arguments: Forgery.allCases)
    func aForgedOrStaleDeliveryGets401AndLeavesNoTrace(_ forgery: Forgery) async throws {
        try await Harness.run(Harness.webhookOverrides()) { app in
            let order = try await app.placeOrder()
            let event = paymentSucceeded(order)
            let now = Int64(Date().timeIntervalSince1970)
            let response: TestResponse
            switch forgery {
            case .changedByte:
                response = try await app.deliver(event, id: "evt_forged") { $0[$0.count - 3] ^= 0x01 }
            case .wrongSecret:
                response = try await app.deliver(event, id: "evt_forged", secret: WebhookSecret(key: Array("attacker".utf8)))
            case .staleTimestamp:
                response = try await app.deliver(event, id: "evt_forged", timestamp: now - 360)
            case .futureTimestamp:
                response = try await app.deliver(event, id: "evt_forged", timestamp: now + 360)
            }
            #expect(response.status == .unauthorized)
            #expect(response.errorCode == "UNAUTHORIZED")
            try await Task.sleep(for: .milliseconds(150))
            #expect(try await app.webhookRowCount() == 0)
            #expect(try await app.orderStatus(order.id) == "pending")
        }
    }

    @Test func aPartnerOverItsHourlyLimitGets429WithRetryAfter() async throws {
        let partner = Harness.randomWebhookSecret()
        var overrides = Harness.webhookOverrides(secret: partner)
        overrides[.webhookRateLimitPerHour] = "3"
        try await Harness.run(overrides) { app in
            let event = PartnerWebhookEvent(type: "inventory.synced", data: .init(orderID: nil))
            for index in 0..<3 {
                #expect(try await app.deliver(event, id: "evt_limit_\(index)", secret: partner).status == .ok)
            }
            let limited = try await app.deliver(event, id: "evt_limit_3", secret: partner)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.errorCode == "RATE_LIMIT_EXCEEDED")
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(try await app.webhookRows(id: "evt_limit_3").stored == 0)
        }
    }

    @Test func anUnknownEventTypeIsRecordedAsIgnored() async throws {
        try await Harness.run(Harness.webhookOverrides()) { app in
            let event = PartnerWebhookEvent(type: "inventory.synced", data: .init(orderID: nil))
            let response = try await app.deliver(event, id: "evt_unknown")
            #expect(response.status == .ok)
            #expect(try await eventually { try await app.webhookRows(id: "evt_unknown").processed == 1 })
            #expect(try await app.webhookRows(id: "evt_unknown").outcome == "ignored: unknown type inventory.synced")
        }
    }
}
