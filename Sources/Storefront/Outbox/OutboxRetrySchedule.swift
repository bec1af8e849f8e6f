/// When a message the partner could not take yet is tried again, decided without I/O.
///
/// The client already retried inside one delivery round; between rounds the wait doubles from
/// `base` up to `cap`, and an open breaker's own remaining time is honoured so the row is not
/// picked up only to fail fast again.
struct OutboxRetrySchedule: Sendable, Equatable {
    var base: Duration = .seconds(1)
    var cap: Duration = .seconds(300)

    /// The wait before the next round after `attempts` rounds failed.
    func delay(afterAttempts attempts: Int) -> Duration {
        let doublings = min(max(attempts - 1, 0), 20)
        return min(cap, base * (1 << doublings))
    }

    /// The wait after `error`, for a message that has had `attempts` rounds.
    func delay(after error: PartnerCallError, attempts: Int) -> Duration {
        if case .circuitOpen(_, let retryAfter) = error {
            return max(retryAfter, .milliseconds(10))
        }
        return delay(afterAttempts: attempts)
    }
}
