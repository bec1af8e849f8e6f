import RedisWire

/// Applies a policy to a client: atomically in Redis (one Lua script, shared by every instance), or in
/// memory on this instance when Redis is unavailable or answers with something unusable.
struct RateLimiter: Sendable {
    static let script = RedisScript(RateLimitScript.fixedWindow)

    let redis: RedisGuard
    let fallback: InMemoryRateLimiter
    let metrics: RateLimitMetrics
    var now: @Sendable () -> ContinuousClock.Instant = { .now }

    /// The decision for one request of `client` under `policy`.
    func decide(_ client: RateLimitClient, policy: RateLimitPolicy) async -> RateLimitDecision {
        let key = client.key(policy: policy)
        let reply = await redis.call("rate limit") { pool throws(RedisError) in
            try await pool.run(
                Self.script, keys: [key],
                arguments: [RedisArgument(policy.limit), RedisArgument(policy.window.milliseconds)])
        }
        if let numbers = reply?.array?.compactMap(\.int), let decision = RateLimitDecision(scriptReply: numbers, limit: policy.limit) {
            return decision
        }
        metrics.fallbackDecisions.increment()
        return fallback.decide(key: key, policy: policy, now: now())
    }
}
