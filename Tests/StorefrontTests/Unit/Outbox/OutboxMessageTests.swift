import Foundation
import Testing

@testable import Storefront

/// Which outbox messages are retired unsent because their order moved on.
struct OutboxMessageTests {
    private func message(_ partner: Partner) -> OutboxMessage {
        OutboxMessage(id: 1, partner: partner, kind: "k", idempotencyKey: UUID(), orderID: UUID(), payload: "{}", attempts: 0)
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

    @Test func everyAttemptOfAMessageUsesItsStoredKey() {
        let message = message(.email)
        #expect(message.request.idempotencyKey == message.idempotencyKey.uuidString.lowercased())
        #expect(message.request == message.request)
    }
}
