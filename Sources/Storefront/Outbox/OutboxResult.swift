/// What became of one leased message, decided without I/O and recorded with the rest of its batch in
/// one statement (`OutboxStore.record`).
struct OutboxResult: Sendable, Equatable {
    /// The message's next state.
    enum Disposition: String, Sendable {
        /// Delivered; a delivered charge also pays its order (if still pending).
        case sent
        /// Retired unsent because its order moved on.
        case skipped
        /// Refused by the partner, or impossible to send: kept for an operator.
        case failed
        /// Not delivered yet: due again after `retryAfter`.
        case pending
    }

    var messageID: Int64
    var disposition: Disposition
    /// Whether this round counts as a delivery attempt (a round short-circuited by an open breaker does not).
    var countsAsAttempt: Bool
    /// For `pending`: how long until the message is due again.
    var retryAfter: Duration = .zero
    /// The error, or the reason for skipping.
    var note: String?

    /// The partner took the message.
    static func sent(_ message: OutboxMessage) -> OutboxResult {
        OutboxResult(messageID: message.id, disposition: .sent, countsAsAttempt: true)
    }

    /// The message need not go out any more.
    static func skipped(_ message: OutboxMessage, reason: String) -> OutboxResult {
        OutboxResult(messageID: message.id, disposition: .skipped, countsAsAttempt: false, note: reason)
    }

    /// The message can never be sent (its order is gone, its kind unknown).
    static func unsendable(_ message: OutboxMessage, _ error: any Error) -> OutboxResult {
        OutboxResult(messageID: message.id, disposition: .failed, countsAsAttempt: false, note: "\(error)")
    }

    /// The call failed with `error`: parked when the partner refused it, else due again per `schedule`
    /// (an open breaker's remaining time, or the doubling wait after a failed round).
    static func failed(_ message: OutboxMessage, _ error: PartnerCallError, schedule: OutboxRetrySchedule) -> OutboxResult {
        switch error {
        case .rejected:
            return OutboxResult(messageID: message.id, disposition: .failed, countsAsAttempt: true, note: error.description)
        case .circuitOpen:
            return OutboxResult(
                messageID: message.id, disposition: .pending, countsAsAttempt: false,
                retryAfter: schedule.delay(after: error, attempts: message.attempts), note: error.description)
        case .exhausted, .cancelled:
            return OutboxResult(
                messageID: message.id, disposition: .pending, countsAsAttempt: true,
                retryAfter: schedule.delay(after: error, attempts: message.attempts + 1), note: error.description)
        }
    }
}
