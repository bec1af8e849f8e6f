import Logging

/// Everything the server needs to start, already validated; built from environment-style key/values by
/// a pure initializer so its rules are unit-tested without touching the process environment.
public struct StorefrontConfiguration: Sendable {
    /// Address to listen on.
    public var host: String
    /// Port to listen on (0 picks a free one).
    public var port: Int
    /// Where PostgreSQL is.
    public var database: DatabaseURL
    /// Connection pool limits and timeouts.
    public var pool: PoolSettings
    /// Token signing and checking.
    public var jwt: JWTSettings
    /// bcrypt work factor (4…31); tests use 4.
    public var bcryptCost: Int
    /// Minimum level written to the log.
    public var logLevel: Logger.Level
    /// Largest request body accepted, in bytes.
    public var maxBodySize: Int
    /// How many months of order partitions exist ahead of the current one.
    public var partitionMonthsAhead: Int
    /// Where Redis is and its timeouts.
    public var redis = RedisSettings()
    /// Cache layer lifetimes and bounds.
    public var cache = CacheSettings()
    /// Per-client request quotas.
    public var rateLimit = RateLimitSettings()
    /// Partner webhook verification, limit and worker polling.
    public var webhooks = WebhookSettings()
    /// Outbound partner calls: where, timeouts, retries, breakers, outbox polling.
    public var partners = PartnerSettings()

    /// Pool sizing, after the template's `max 100 / min 10 / idle 30 s / connect 5 s`.
    public struct PoolSettings: Sendable, Equatable {
        /// Upper bound of open connections (DB_POOL_MAX); requests beyond it wait for a lease.
        public var maximumConnections: Int
        /// Connections kept open while idle (DB_POOL_MIN), so a burst does not pay for connects.
        public var minimumConnections: Int
        /// How long a connection above the minimum may sit idle before it is closed.
        public var idleTimeout: Duration
        /// How long to wait for PostgreSQL to accept a connection.
        public var connectTimeout: Duration
    }

    /// JWT settings; the secret is at least 32 bytes.
    public struct JWTSettings: Sendable {
        /// HS256 key; at least 32 bytes.
        public var secret: String
        /// `iss` written into and required of every token.
        public var issuer: String
        /// `aud` written into and required of every token.
        public var audience: String
        /// Lifetime of an issued token.
        public var expiry: Duration
    }
}

extension StorefrontConfiguration {
    /// The smallest secret length accepted: HS256 with a shorter key is brute-forceable.
    public static let minimumSecretBytes = 32

    /// Validates `values` (keyed by variable name, unset keys fall back to their defaults) and returns the
    /// configuration, or throws every problem found.
    public init(values: [ConfigurationKey: String]) throws(ConfigurationError) {
        var reader = ConfigurationValues(values: values)
        let host = reader.string(.host)
        let port = reader.integer(.port, in: 0...65535)
        let database = reader.databaseURL(.databaseURL)
        let poolMax = reader.integer(.poolMax, in: 1...10_000)
        let poolMin = reader.integer(.poolMin, in: 0...10_000)
        let idle = reader.duration(.poolIdleTimeout)
        let connect = reader.duration(.connectTimeout)
        let secret = reader.string(.jwtSecret)
        let issuer = reader.string(.jwtIssuer)
        let audience = reader.string(.jwtAudience)
        let expiry = reader.duration(.jwtExpiry)
        let cost = reader.integer(.bcryptCost, in: 4...31)
        let level = reader.logLevel(.logLevel)
        let maxBody = reader.integer(.maxBodySize, in: 1024...(64 * 1024 * 1024))
        let ahead = reader.integer(.partitionMonthsAhead, in: 1...24)
        if secret.utf8.count < Self.minimumSecretBytes, values[.jwtSecret] != nil {
            reader.fail(.jwtSecret, "must be at least \(Self.minimumSecretBytes) bytes, got \(secret.utf8.count)")
        }
        if poolMin > poolMax {
            reader.fail(.poolMin, "must not exceed DB_POOL_MAX (\(poolMax))")
        }
        if expiry <= .zero {
            reader.fail(.jwtExpiry, "must be longer than zero")
        }
        let redis = reader.redisSettings()
        let cache = reader.cacheSettings()
        let rateLimit = reader.rateLimitSettings()
        let webhooks = reader.webhookSettings()
        let partners = reader.partnerSettings()
        if !reader.problems.isEmpty {
            throw ConfigurationError(problems: reader.problems)
        }
        self.init(
            host: host,
            port: port,
            database: database!,
            pool: PoolSettings(maximumConnections: poolMax, minimumConnections: poolMin, idleTimeout: idle, connectTimeout: connect),
            jwt: JWTSettings(secret: secret, issuer: issuer, audience: audience, expiry: expiry),
            bcryptCost: cost,
            logLevel: level,
            maxBodySize: maxBody,
            partitionMonthsAhead: ahead
        )
        self.redis = redis
        self.cache = cache
        self.rateLimit = rateLimit
        self.webhooks = webhooks
        self.partners = partners
    }
}
