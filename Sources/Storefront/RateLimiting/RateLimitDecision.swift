/// The outcome of a rate-limit check, with everything the response headers need.
public struct RateLimitDecision: Sendable, Hashable {
    /// Whether the request may proceed.
    public var allowed: Bool
    /// Requests allowed per window.
    public var limit: Int
    /// Requests still allowed in the current window after this one.
    public var remaining: Int
    /// Time until the current window ends.
    public var resetAfter: Duration

    /// Creates a decision.
    public init(allowed: Bool, limit: Int, remaining: Int, resetAfter: Duration) {
        self.allowed = allowed
        self.limit = limit
        self.remaining = remaining
        self.resetAfter = resetAfter
    }

    /// Whole seconds until the window resets, rounded up (so a client waiting this long is never early).
    public var resetSeconds: Int {
        let (seconds, attoseconds) = resetAfter.components
        return max(0, Int(seconds) + (attoseconds > 0 ? 1 : 0))
    }

    /// The `Retry-After` value in seconds for a rejected request (at least 1), `nil` when allowed.
    public var retryAfterSeconds: Int? {
        allowed ? nil : max(1, resetSeconds)
    }
}
