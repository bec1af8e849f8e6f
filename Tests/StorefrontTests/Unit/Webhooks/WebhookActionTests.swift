import Foundation
import Testing

@testable import Storefront

/// Which order change each partner event asks for.
struct WebhookActionTests {
    private let orderID = UUID()

    @Test func aSucceededPaymentPaysTheOrder() {
        let event = PartnerWebhookEvent(type: "payment.succeeded", data: .init(orderID: orderID))
        #expect(WebhookAction(event) == .settle(orderID: orderID, status: .paid))
    }

    @Test func aFailedPaymentCancelsTheOrder() {
        let event = PartnerWebhookEvent(type: "payment.failed", data: .init(orderID: orderID))
        #expect(WebhookAction(event) == .settle(orderID: orderID, status: .cancelled))
    }

    @Test func anUnknownTypeIsIgnoredWithItsName() {
        let event = PartnerWebhookEvent(type: "refund.created", data: .init(orderID: orderID))
        #expect(WebhookAction(event) == .ignore(reason: "ignored: unknown type refund.created"))
    }

    @Test func aPaymentEventWithoutOrderIsIgnored() {
        let event = PartnerWebhookEvent(type: "payment.succeeded", data: .init(orderID: nil))
        #expect(WebhookAction(event) == .ignore(reason: "ignored: no order_id"))
    }
}
