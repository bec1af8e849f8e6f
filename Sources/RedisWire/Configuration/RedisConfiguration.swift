/// Where a Redis server is and how long to wait for it.
///
/// Timeouts are part of the configuration because the storefront must give up on Redis
/// quickly and read PostgreSQL instead; a client that waits for the OS TCP timeout would
/// turn a Redis outage into a storefront outage.
public struct RedisConfiguration: Sendable, Hashable {
    /// Host name or IP address.
    public var host: String
    /// TCP port.
    public var port: Int
    /// ACL user for `AUTH user password` (Redis 6+); `nil` sends the classic `AUTH password`.
    public var username: String?
    /// Password sent with AUTH right after connecting; `nil` skips AUTH.
    public var password: String?
    /// Database selected with SELECT right after connecting; 0 skips SELECT.
    public var database: Int
    /// How long establishing the TCP connection may take (AUTH and SELECT then obey `commandTimeout`).
    public var connectTimeout: Duration
    /// How long any single command may wait for its reply; `nil` waits forever.
    public var commandTimeout: Duration?

    /// Creates a configuration; defaults suit a Redis on loopback or a nearby host.
    public init(
        host: String = "127.0.0.1",
        port: Int = 6379,
        username: String? = nil,
        password: String? = nil,
        database: Int = 0,
        connectTimeout: Duration = .seconds(2),
        commandTimeout: Duration? = .seconds(2)
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
    }

    /// `host:port`, for error messages.
    public var address: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
