import RedisWire

/// Where Redis is and how little time the server grants it: a dead or slow Redis must cost a request
/// at most one short timeout before the server falls back to PostgreSQL (or the in-memory limiter).
public struct RedisSettings: Sendable, Equatable {
    /// Address, credentials and timeouts, from REDIS_URL, REDIS_CONNECT_TIMEOUT and REDIS_COMMAND_TIMEOUT;
    /// the command timeout is also the pool's lease timeout.
    public var connection = RedisConfiguration(
        host: "127.0.0.1", port: 56379, connectTimeout: .milliseconds(250), commandTimeout: .milliseconds(150))
    /// Connections in the pool (REDIS_POOL_MAX).
    public var maximumConnections: Int = 32

    /// Creates the defaults; the configuration loader overwrites them field by field.
    public init() {}
}

/// The two cache layers' lifetimes and bounds (after the template: 5 min in process, 1 h in Redis).
public struct CacheSettings: Sendable, Equatable {
    /// Lifetime of an in-process entry (CACHE_LOCAL_TTL); 0 turns the in-process layer off.
    public var localTTL: Duration = .minutes(5)
    /// Most entries the in-process layer holds before evicting the least recently used (CACHE_LOCAL_MAX_ENTRIES).
    public var localMaximumEntries: Int = 10_000
    /// Lifetime of a Redis entry (CACHE_REDIS_TTL); 0 turns the Redis layer off.
    public var redisTTL: Duration = .hours(1)
    /// How often an instance re-reads the catalogue generation from Redis (CACHE_GENERATION_CHECK_INTERVAL):
    /// the longest another instance's write can stay invisible to this instance's in-process layer.
    public var generationCheckInterval: Duration = .seconds(1)
    /// Put before every cache key in Redis (CACHE_KEY_PREFIX, empty by default), so environments or test
    /// databases sharing one Redis never read each other's entries.
    public var keyPrefix: String = ""

    /// Creates the defaults.
    public init() {}
}

/// Request quotas per client and route group; a limit of 0 disables that group's limit.
public struct RateLimitSettings: Sendable, Equatable {
    /// Requests per minute per client on every limited route (RATE_LIMIT_PER_MINUTE; 0 disables limiting).
    public var perMinute: Int = 100
    /// Requests per minute per client on `POST /api/v1/auth/login` (RATE_LIMIT_LOGIN_PER_MINUTE).
    public var loginPerMinute: Int = 10
    /// Peers whose `X-Forwarded-For` is believed (TRUSTED_PROXIES, comma-separated IP addresses).
    public var trustedProxies: Set<String> = []

    /// Creates the defaults.
    public init() {}
}

extension Duration {
    fileprivate static func minutes(_ count: Int64) -> Duration { .seconds(count * 60) }
    fileprivate static func hours(_ count: Int64) -> Duration { .seconds(count * 3600) }
}
