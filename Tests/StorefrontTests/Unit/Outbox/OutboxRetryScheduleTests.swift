import Testing

@testable import Storefront

/// The wait between delivery rounds of an outbox message.
struct OutboxRetryScheduleTests {
    private let schedule = OutboxRetrySchedule(base: .seconds(1), cap: .seconds(300))

    @Test func theWaitDoublesWithEachFailedRound() {
        #expect((1...4).map { schedule.delay(afterAttempts: $0) } == [.seconds(1), .seconds(2), .seconds(4), .seconds(8)])
    }

    @Test func theWaitIsCapped() {
        #expect(schedule.delay(afterAttempts: 40) == .seconds(300))
    }

    @Test func anOpenBreakersRemainingTimeIsUsed() {
        let error = PartnerCallError.circuitOpen(.payments, retryAfter: .seconds(12))
        #expect(schedule.delay(after: error, attempts: 7) == .seconds(12))
    }
}
