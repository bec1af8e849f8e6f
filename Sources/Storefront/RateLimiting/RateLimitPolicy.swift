/// A named quota: `limit` requests per `window` per client. The name appears in the `RateLimit-Policy`
/// header, in the Redis key and in the rejection metric.
struct RateLimitPolicy: Sendable, Hashable {
    /// `default`, `login` or `webhook`.
    var name: String
    /// Requests allowed per window.
    var limit: Int
    /// Length of a window.
    var window: Duration

    /// The arithmetic this policy applies.
    var rule: FixedWindowRateLimit { FixedWindowRateLimit(limit: limit, window: window) }

    /// The partner webhook's hourly quota per partner (WEBHOOK_RATE_LIMIT_PER_HOUR); nil when 0 turns it off.
    static func webhook(perHour: Int) -> RateLimitPolicy? {
        perHour > 0 ? RateLimitPolicy(name: "webhook", limit: perHour, window: .seconds(3600)) : nil
    }
}
