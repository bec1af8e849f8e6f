/// Decides whether and when to retry a failed call to a partner, without sleeping or doing I/O.
///
/// Backoff is exponential with full jitter: the delay before retry `n` (0-based) is uniform in
/// `[0, min(maxDelay, baseDelay * 2^n)]`, which spreads clients out after a shared failure.
/// A `Retry-After` from the partner replaces the jittered delay, because the partner knows best
/// when it will accept calls again. Only failures that a later attempt can fix are retried.
public struct BackoffPolicy: Sendable, Hashable {
    /// Retries after the first attempt (so up to `maxRetries + 1` attempts in all).
    public var maxRetries: Int
    /// The backoff ceiling for the first retry.
    public var baseDelay: Duration
    /// The largest backoff ceiling, however many retries came before.
    public var maxDelay: Duration
    /// The longest `Retry-After` honoured; asked to wait longer, the policy gives up instead.
    public var maxRetryAfter: Duration

    /// Creates a policy; defaults: 3 retries, 200 ms base, 10 s cap, Retry-After up to 60 s.
    public init(
        maxRetries: Int = 3,
        baseDelay: Duration = .milliseconds(200),
        maxDelay: Duration = .seconds(10),
        maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxRetries = maxRetries
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// The upper bound of the jittered delay before retry `retry` (0-based): `min(maxDelay, baseDelay * 2^retry)`.
    public func backoffCeiling(forRetry retry: Int) -> Duration {
        let doublings = min(max(retry, 0), 62)
        let baseNanoseconds = Self.nanoseconds(baseDelay)
        let (scaled, overflow) = baseNanoseconds.multipliedReportingOverflow(by: Int64(1) << doublings)
        let capNanoseconds = Self.nanoseconds(maxDelay)
        return .nanoseconds(overflow ? capNanoseconds : min(scaled, capNanoseconds))
    }

    /// Decides what to do after an attempt failed with `failure`, when `retriesSoFar` retries were already made.
    ///
    /// `random` supplies the jitter; tests pass a deterministic generator.
    public func decide(
        after failure: AttemptFailure,
        retriesSoFar: Int,
        using random: inout some RandomNumberGenerator
    ) -> RetryDecision {
        guard failure.isRetryable else { return .giveUp(.notRetryable(failure)) }
        guard retriesSoFar < maxRetries else { return .giveUp(.retriesExhausted(attempts: retriesSoFar + 1)) }
        if let retryAfter = failure.retryAfter {
            guard retryAfter <= maxRetryAfter else { return .giveUp(.retryAfterTooLong(retryAfter)) }
            return .retry(after: max(retryAfter, .zero))
        }
        let ceiling = Self.nanoseconds(backoffCeiling(forRetry: retriesSoFar))
        return .retry(after: .nanoseconds(Int64.random(in: 0...ceiling, using: &random)))
    }

    /// Decides with the system's random generator.
    public func decide(after failure: AttemptFailure, retriesSoFar: Int) -> RetryDecision {
        var random = SystemRandomNumberGenerator()
        return decide(after: failure, retriesSoFar: retriesSoFar, using: &random)
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : whole + attoseconds / 1_000_000_000
    }
}
