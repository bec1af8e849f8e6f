/// A named quota: `limit` requests per `window` per client. The name appears in the `RateLimit-Policy`
/// header, in the Redis key and in the rejection metric.
struct RateLimitPolicy: Sendable, Hashable {
    /// `default` or `login`.
    var name: String
    /// Requests allowed per window.
    var limit: Int
    /// Length of a window.
    var window: Duration

    /// The arithmetic this policy applies.
    var rule: FixedWindowRateLimit { FixedWindowRateLimit(limit: limit, window: window) }
}
