import Synchronization

/// The fallback while Redis is unavailable: the same fixed-window arithmetic, per instance. With N
/// instances behind a balancer a client may then get up to N × the limit; that is the documented price of
/// not failing closed (refusing everyone) when Redis is down.
final class InMemoryRateLimiter: Sendable {
    /// Windows kept before expired ones are swept, so a flood of distinct clients cannot grow memory unboundedly.
    static let sweepThreshold = 100_000

    private let windows = Mutex<[String: RateLimitWindow]>([:])

    /// Decides on one request of the client counted under `key`.
    func decide(key: String, policy: RateLimitPolicy, now: ContinuousClock.Instant) -> RateLimitDecision {
        windows.withLock { windows in
            if windows.count >= Self.sweepThreshold {
                windows = windows.filter { $0.value.endsAt > now }
            }
            let (decision, window) = policy.rule.decide(window: windows[key], now: now)
            windows[key] = window
            return decision
        }
    }
}
