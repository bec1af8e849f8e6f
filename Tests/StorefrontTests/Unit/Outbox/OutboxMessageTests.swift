import Foundation
import Testing

@testable import Storefront

/// Which outbox messages are retired unsent because their order moved on, and what is sent for the rest.
struct OutboxMessageTests {
    private let order = OutboxMessage.OrderFacts(status: .pending, total: 2599, userID: UUID())

    private func message(_ partner: Partner, kind: String = "k") -> OutboxMessage {
        OutboxMessage(id: 1, partner: partner, kind: kind, idempotencyKey: UUID(), orderID: UUID(), attempts: 0, order: order)
    }

    @Test func aChargeForAPendingOrderIsSent() {
        #expect(message(.payments).skipReason(orderStatus: .pending) == nil)
    }

    @Test func aChargeForACancelledOrderIsSkipped() {
        #expect(message(.payments).skipReason(orderStatus: .cancelled) == "skipped: order is cancelled")
    }

    @Test func aChargeForAnOrderThatIsGoneIsSkipped() {
        #expect(message(.payments).skipReason(orderStatus: nil) == "skipped: order not found")
    }

    @Test func theConfirmationEmailIsSentWhateverTheOrderStatus() {
        #expect(OrderStatus.allCases.allSatisfy { message(.email).skipReason(orderStatus: $0) == nil })
    }

    @Test func everyAttemptOfAMessageUsesItsStoredKey() throws {
        let message = message(.email, kind: OrderConfirmationEmail.kind)
        #expect(try message.request().idempotencyKey == message.idempotencyKey.uuidString.lowercased())
        #expect(try message.request() == message.request())
    }

    @Test func theChargeBodyIsEncodedFromTheOrder() throws {
        let message = message(.payments, kind: PaymentCharge.kind)
        let body = try JSONSerialization.jsonObject(with: Data(try message.request().body)) as? [String: Any]
        #expect(body?["order_id"] as? String == message.orderID?.uuidString.lowercased())
        #expect(body?["amount"] as? Int == 2599)
        #expect(body?["currency"] as? String == "USD")
    }

    @Test func theConfirmationBodyNamesTheBuyerAndTheTotal() throws {
        let message = message(.email, kind: OrderConfirmationEmail.kind)
        let body = try JSONDecoder().decode(OrderConfirmationEmail.self, from: Data(try message.request().body))
        #expect(body == OrderConfirmationEmail(orderID: message.orderID!, userID: order.userID, total: 2599))
    }

    @Test func aMessageWithoutItsOrderOrOfAnUnknownKindCannotBeSent() {
        var orphan = message(.email, kind: OrderConfirmationEmail.kind)
        orphan.order = nil
        #expect(throws: OutboxMessage.Unsendable.self) { try orphan.request() }
        #expect(throws: OutboxMessage.Unsendable.self) { try message(.email, kind: "email.newsletter").request() }
    }
}
