import Foundation
import Testing

@testable import Storefront

/// What each delivery outcome does to a message.
struct OutboxResultTests {
    private let schedule = OutboxRetrySchedule(base: .seconds(1), cap: .seconds(300))
    private let message = OutboxMessage(
        id: 7, partner: .payments, kind: PaymentCharge.kind, idempotencyKey: UUID(), orderID: UUID(), attempts: 2, order: nil)

    @Test func aRefusalParksTheMessage() {
        let result = OutboxResult.failed(message, .rejected(.payments, status: 422), schedule: schedule)
        #expect(result.disposition == .failed && result.countsAsAttempt)
    }

    @Test func anExhaustedRoundCountsAndWaitsLongerEachTime() {
        let result = OutboxResult.failed(message, .exhausted(.payments, .retriesExhausted(attempts: 4)), schedule: schedule)
        #expect(result.disposition == .pending && result.countsAsAttempt)
        #expect(result.retryAfter == .seconds(4), "the third failed round waits 4 s")
    }

    @Test func anOpenBreakerIsNoAttemptAndWaitsOutTheBreaker() {
        let result = OutboxResult.failed(message, .circuitOpen(.payments, retryAfter: .seconds(12)), schedule: schedule)
        #expect(result.disposition == .pending && !result.countsAsAttempt && result.retryAfter == .seconds(12))
    }
}
