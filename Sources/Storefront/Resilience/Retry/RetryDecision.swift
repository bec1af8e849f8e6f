/// What the caller should do after a failed attempt.
public enum RetryDecision: Sendable, Hashable {
    /// Wait this long, then try again (with the same idempotency key).
    case retry(after: Duration)
    /// Stop retrying; the reason says why, for logs and for choosing a fallback.
    case giveUp(Reason)

    /// Why retrying stopped.
    public enum Reason: Sendable, Hashable {
        /// The failure cannot be fixed by trying again (a 4xx other than 429).
        case notRetryable(AttemptFailure)
        /// All allowed attempts were made.
        case retriesExhausted(attempts: Int)
        /// The partner asked us to wait longer than the policy allows.
        case retryAfterTooLong(Duration)
    }
}
