import Foundation

/// The parts of a `postgres://user:password@host:port/database?sslmode=…` URL, parsed without I/O so a
/// typo is reported at start-up with the variable's name.
public struct DatabaseURL: Sendable, Equatable {
    /// Whether to use TLS towards PostgreSQL.
    public enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    /// Server host name or address.
    public var host: String
    /// Server port (5432 when the URL has none).
    public var port: Int
    /// Role to log in as.
    public var username: String
    /// Password, if the server asks for one.
    public var password: String?
    /// Database name.
    public var database: String
    /// From `?sslmode=`; `disable` by default because the reference setup is loopback-only.
    public var tls: TLSMode

    /// Creates a URL from parts.
    public init(host: String, port: Int = 5432, username: String, password: String?, database: String, tls: TLSMode = .disable) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Parses `text`, or returns nil when it is not a usable PostgreSQL URL.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text),
            let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme),
            let host = components.host, !host.isEmpty,
            let user = components.user, !user.isEmpty
        else { return nil }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { return nil }
        let sslmode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value ?? "disable"
        guard let tls = TLSMode(rawValue: sslmode) else { return nil }
        self.init(
            host: host,
            port: components.port ?? 5432,
            username: user.removingPercentEncoding ?? user,
            password: components.password.map { $0.removingPercentEncoding ?? $0 },
            database: database.removingPercentEncoding ?? database,
            tls: tls
        )
    }

    /// The same server with another database, e.g. a per-test database.
    public func with(database: String) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }
}
