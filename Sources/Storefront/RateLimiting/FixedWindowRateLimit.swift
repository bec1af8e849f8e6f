/// A fixed-window rate limit: at most `limit` requests per client per `window`, the window
/// starting at the client's first request and ending `window` later.
///
/// Anchoring the window at the first request (rather than at clock boundaries) means a burst
/// can never straddle two windows and get twice the limit through in a short span, and the
/// same arithmetic runs atomically in Redis (`RateLimitScript.fixedWindow`) with one counter
/// key and its TTL. Rejected requests do not count, so `remaining` never goes below zero.
/// This type is the in-process version: the fallback when Redis is unavailable and the
/// specification the Lua script is tested against.
public struct FixedWindowRateLimit: Sendable, Hashable {
    /// Requests allowed per window.
    public var limit: Int
    /// Length of a window.
    public var window: Duration

    /// Creates a limit of `limit` requests per `window`.
    public init(limit: Int, window: Duration) {
        self.limit = limit
        self.window = window
    }

    /// Decides on one request arriving at `now`, given the client's current window (nil for
    /// none yet); returns the decision and the window to store for the client's next request.
    public func decide(
        window current: RateLimitWindow?,
        now: ContinuousClock.Instant
    ) -> (decision: RateLimitDecision, window: RateLimitWindow) {
        var state =
            current.flatMap { $0.endsAt > now ? $0 : nil }
            ?? RateLimitWindow(count: 0, endsAt: now.advanced(by: window))
        let resetAfter = state.endsAt - now
        guard state.count < limit else {
            return (RateLimitDecision(allowed: false, limit: limit, remaining: 0, resetAfter: resetAfter), state)
        }
        state.count += 1
        return (
            RateLimitDecision(allowed: true, limit: limit, remaining: limit - state.count, resetAfter: resetAfter),
            state
        )
    }
}
