import Logging
import RedisWire
import Synchronization

/// Applies the per-partner webhook limit (1000/hour by default) atomically in Redis, shared by every
/// server instance; when Redis is absent or fails, the same arithmetic runs in this process, so a Redis
/// outage loosens the limit to "per instance" instead of rejecting or admitting everything.
final class WebhookRateLimiter: Sendable {
    private let limit: FixedWindowRateLimit
    private let redis: (any RedisCommands)?
    private let logger: Logger
    private let fallback = Mutex<[String: RateLimitWindow]>([:])
    private static let script = RedisScript(RateLimitScript.fixedWindow)

    /// A limiter of `limit` per `window`; `redis` nil means in-process only.
    init(limit: FixedWindowRateLimit, redis: (any RedisCommands)?, logger: Logger) {
        self.limit = limit
        self.redis = redis
        self.logger = logger
    }

    /// Counts one request for `partner` and decides on it.
    func check(partner: String) async -> RateLimitDecision {
        if let redis, let decision = await checkInRedis(redis, partner: partner) {
            return decision
        }
        return checkInProcess(partner: partner)
    }

    private func checkInRedis(_ redis: any RedisCommands, partner: String) async -> RateLimitDecision? {
        let windowMilliseconds = limit.window.components.seconds * 1000
        do {
            let reply = try await redis.run(
                Self.script,
                keys: ["ratelimit:webhook:\(partner)"],
                arguments: [RedisArgument(limit.limit), RedisArgument(Int(windowMilliseconds))]
            )
            return RateLimitDecision(scriptReply: reply.array?.compactMap(\.int) ?? [], limit: limit.limit)
        } catch {
            logger.debug("Webhook rate limit falls back to this process", metadata: ["error": "\(error)"])
            return nil
        }
    }

    private func checkInProcess(partner: String) -> RateLimitDecision {
        let now = ContinuousClock.now
        return fallback.withLock { windows in
            let (decision, window) = limit.decide(window: windows[partner], now: now)
            windows[partner] = window
            return decision
        }
    }
}
