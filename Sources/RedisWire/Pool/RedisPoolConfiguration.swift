/// How many connections a `RedisConnectionPool` may open and how long a caller waits for one.
public struct RedisPoolConfiguration: Sendable, Hashable {
    /// Upper bound on open connections; Redis is single-threaded, so a few pipelined connections suffice.
    public var maxConnections: Int
    /// How long a caller waits for a free connection before `RedisError.poolExhausted`.
    public var leaseTimeout: Duration

    /// Creates a configuration; the defaults suit one server process.
    public init(maxConnections: Int = 8, leaseTimeout: Duration = .seconds(1)) {
        self.maxConnections = maxConnections
        self.leaseTimeout = leaseTimeout
    }
}
