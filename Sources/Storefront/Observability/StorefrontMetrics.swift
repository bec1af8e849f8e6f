import Prometheus

/// The one Prometheus registry of a server instance, so `GET /metrics` shows every subsystem's series
/// (HTTP, database pool, cache, rate limiter, token checks, Redis, webhooks, outbox, breakers) from one place. Each
/// subsystem registers its series from `registry` when it is built; tests build a fresh instance per app,
/// so counts never leak between apps the way a process-global registry would.
public final class StorefrontMetrics: Sendable {
    /// The registry every series is created from and `/metrics` emits.
    public let registry: PrometheusCollectorRegistry
    let http: HTTPMetrics
    let cache: CacheMetrics
    let rateLimit: RateLimitMetrics
    let redis: RedisMetrics
    let databasePool: DatabasePoolMetrics
    let auth: AuthMetrics

    /// Creates the registry with the server's own series registered.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        http = HTTPMetrics(registry: registry)
        cache = CacheMetrics(registry: registry)
        rateLimit = RateLimitMetrics(registry: registry)
        redis = RedisMetrics(registry: registry)
        databasePool = DatabasePoolMetrics(registry: registry)
        auth = AuthMetrics(registry: registry)
    }

    /// The registry in Prometheus text exposition format, for `GET /metrics`.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
