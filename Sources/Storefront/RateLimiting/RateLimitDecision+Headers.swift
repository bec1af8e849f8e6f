extension RateLimitDecision {
    /// The `RateLimit-Policy` field value (IETF httpapi rate-limit headers draft): the quota and window of `policy`.
    public func policyHeader(policy: String, window: Duration) -> String {
        "\"\(policy)\";q=\(limit);w=\(window.components.seconds)"
    }

    /// The `RateLimit` field value (same draft): remaining quota and seconds until it resets.
    public func rateLimitHeader(policy: String) -> String {
        "\"\(policy)\";r=\(remaining);t=\(resetSeconds)"
    }
}
