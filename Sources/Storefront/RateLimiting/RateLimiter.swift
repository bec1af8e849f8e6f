import RedisWire

/// The one rate limiter of the server, for the API's per-client quotas and the webhook's per-partner
/// quota alike: atomically in Redis (one Lua script, shared by every instance), or in this instance's
/// memory when Redis is unavailable or answers with something unusable. Every refusal is counted under
/// its policy, every fallback decision once.
struct RateLimiter: Sendable {
    static let script = RedisScript(RateLimitScript.fixedWindow)

    let redis: RedisGuard
    let fallback: InMemoryRateLimiter
    let metrics: RateLimitMetrics
    var now: @Sendable () -> ContinuousClock.Instant = { .now }

    /// Counts one request of `client` under `policy` and decides on it.
    func decide(_ client: RateLimitClient, policy: RateLimitPolicy) async -> RateLimitDecision {
        let key = client.key(policy: policy)
        let decision = await decideInRedis(key: key, policy: policy) ?? decideInMemory(key: key, policy: policy)
        if !decision.allowed { metrics.rejected(policy: policy.name) }
        return decision
    }

    private func decideInRedis(key: String, policy: RateLimitPolicy) async -> RateLimitDecision? {
        let reply = await redis.call("rate limit") { pool throws(RedisError) in
            try await pool.run(
                Self.script, keys: [key],
                arguments: [RedisArgument(policy.limit), RedisArgument(Int64(policy.window / .milliseconds(1)))])
        }
        guard let numbers = reply?.array?.compactMap(\.int) else { return nil }
        return RateLimitDecision(scriptReply: numbers, limit: policy.limit)
    }

    private func decideInMemory(key: String, policy: RateLimitPolicy) -> RateLimitDecision {
        metrics.fallbackDecisions.increment()
        return fallback.decide(key: key, policy: policy, now: now())
    }
}
