/// A snapshot of the pool, for metrics such as in-use/idle/waiting gauges.
public struct RedisPoolStatistics: Sendable, Hashable {
    /// Connections lent out right now.
    public var leased: Int
    /// Open connections waiting to be lent.
    public var idle: Int
    /// Connections being opened.
    public var connecting: Int
    /// Callers waiting for a connection.
    public var waiting: Int
}
