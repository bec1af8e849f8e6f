extension HTTPEndpoint {
    /// Reads an origin such as `http://127.0.0.1:8080` from a scenario's `target`.
    /// Returns nil for anything that is not a bare origin (a trailing `/` is fine), so
    /// a base URL with a path is never silently truncated; use ``splitting(url:)`` for those.
    public init?(url: String) {
        guard let (endpoint, target) = Self.splitting(url: url), target == "/" else { return nil }
        self = endpoint
    }

    /// Separates an absolute URL into the endpoint to connect to and the request
    /// target to send (`/` when the URL has no path), so a runner can join a base
    /// path with each step's path.
    public static func splitting(url: String) -> (endpoint: HTTPEndpoint, target: String)? {
        guard let colon = url.firstIndex(of: ":"),
            url[colon...].hasPrefix("://"),
            let scheme = Scheme(rawValue: url[..<colon].lowercased())
        else { return nil }
        let rest = url[url.index(colon, offsetBy: 3)...]
        let delimiters: Set<Character> = ["/", "?", "#"]
        let authorityEnd = rest.firstIndex(where: delimiters.contains) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard !authority.contains("@"), let (host, port) = splitAuthority(authority) else { return nil }

        var target = String(rest[authorityEnd...])
        if let fragment = target.firstIndex(of: "#") { target = String(target[..<fragment]) }
        if target.isEmpty { target = "/" } else if target.hasPrefix("?") { target = "/" + target }
        return (HTTPEndpoint(scheme: scheme, host: host, port: port), target)
    }

    /// Splits `host[:port]` or `[v6]:port`; nil when the host is empty or the port is not 1...65535.
    private static func splitAuthority(_ authority: Substring) -> (host: String, port: Int?)? {
        let host: Substring
        let portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let afterBracket = authority[authority.index(after: close)...]
            if afterBracket.isEmpty {
                portText = nil
            } else if afterBracket.hasPrefix(":") {
                portText = afterBracket.dropFirst()
            } else {
                return nil
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
            portText = nil
        }
        guard !host.isEmpty else { return nil }
        guard let portText else { return (String(host), nil) }
        guard let port = Int(portText), (1...65_535).contains(port) else { return nil }
        return (String(host), port)
    }
}
