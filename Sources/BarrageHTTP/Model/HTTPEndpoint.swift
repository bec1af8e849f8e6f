/// The origin a virtual user talks to. It is the unit of connection reuse: a
/// connection is bound to one endpoint for its whole life, so the Host header and
/// TLS server name are computed once here instead of on every request.
public struct HTTPEndpoint: Sendable, Hashable {
    /// Whether the connection is wrapped in TLS; the two schemes differ in nothing else.
    public enum Scheme: String, Sendable, Hashable {
        case http
        case https

        /// The port a URL without an explicit port means.
        public var defaultPort: Int {
            switch self {
            case .http: 80
            case .https: 443
            }
        }
    }

    /// Whether to speak TLS.
    public let scheme: Scheme
    /// A DNS name or an IP literal; IPv6 literals are stored without brackets.
    public let host: String
    /// The TCP port, already defaulted from the scheme.
    public let port: Int
    /// The `Host` header value, precomputed because it is written on every request.
    let hostHeader: String

    /// Builds an endpoint from its parts; the port defaults to the scheme's.
    public init(scheme: Scheme, host: String, port: Int? = nil) {
        self.scheme = scheme
        self.host = host
        self.port = port ?? scheme.defaultPort
        let bracketed = host.contains(":") ? "[\(host)]" : host
        self.hostHeader = self.port == scheme.defaultPort ? bracketed : "\(bracketed):\(self.port)"
    }

    /// True when `host` is an IPv4 or IPv6 literal: no DNS lookup and no SNI.
    var hostIsIPAddress: Bool {
        host.contains(":")
            || host.utf8.allSatisfy { $0 == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
