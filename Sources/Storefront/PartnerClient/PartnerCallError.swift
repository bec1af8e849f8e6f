/// Why a call to a partner did not succeed; the outbox keeps the message pending for all but
/// `.rejected`, which no retry can fix.
public enum PartnerCallError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The partner's breaker is open: no request was sent; try again after the delay.
    case circuitOpen(Partner, retryAfter: Duration)
    /// Attempts failed with retryable errors until the policy gave up.
    case exhausted(Partner, RetryDecision.Reason)
    /// The partner refused the request with a non-retryable status (a 4xx other than 429).
    case rejected(Partner, status: Int)
    /// The caller's task was cancelled while waiting to retry.
    case cancelled(Partner)

    /// A one-line reason for logs and the outbox's `last_error`.
    public var description: String {
        switch self {
        case .circuitOpen(let partner, let retryAfter): "\(partner.rawValue): circuit open, retry in \(retryAfter)"
        case .exhausted(let partner, let reason): "\(partner.rawValue): gave up: \(reason)"
        case .rejected(let partner, let status): "\(partner.rawValue): rejected with \(status)"
        case .cancelled(let partner): "\(partner.rawValue): cancelled"
        }
    }
}
