/// The target is parsed at load time so a typo in it is a validation error with a line number, not
/// a run where every request fails.
extension TargetURL {
    /// Parses `http(s)://host[:port][/base/path]`; IPv6 hosts are written in brackets. Queries,
    /// fragments and user info are refused because they cannot be combined with request paths.
    public init(parsing text: String) throws(TargetURLError) {
        guard let separator = text.firstRange(of: "://") else {
            throw TargetURLError(problem: "\"\(text)\" is not an absolute URL")
        }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw TargetURLError(problem: "unsupported scheme \"\(scheme)\" in \"\(text)\"")
        }
        let rest = text[separator.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let path = rest[authorityEnd...]
        guard !path.contains("?"), !path.contains("#") else {
            throw TargetURLError(problem: "\"\(text)\" has a query or fragment")
        }
        guard !authority.contains("@") else {
            throw TargetURLError(problem: "\"\(text)\" has user information")
        }
        let (host, portText) = try Self.split(authority: authority, in: text)
        let defaultPort = scheme == "https" ? 443 : 80
        var port = defaultPort
        if let portText {
            guard let value = Int(portText), (1...65535).contains(value) else {
                throw TargetURLError(problem: "invalid port \"\(portText)\" in \"\(text)\"")
            }
            port = value
        }
        var basePath = String(path)
        while basePath.hasSuffix("/") { basePath.removeLast() }
        self.init(scheme: scheme, host: host.lowercased(), port: port, basePath: basePath)
    }

    private static func split(authority: Substring, in text: String) throws(TargetURLError) -> (String, Substring?) {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else {
                throw TargetURLError(problem: "unterminated IPv6 address in \"\(text)\"")
            }
            let host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else {
                throw TargetURLError(problem: "unexpected text after the IPv6 address in \"\(text)\"")
            }
            guard !host.isEmpty else { throw TargetURLError(problem: "\"\(text)\" has no host") }
            return (String(host), after.isEmpty ? nil : after.dropFirst())
        }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let host = parts.first, !host.isEmpty else {
            throw TargetURLError(problem: "\"\(text)\" has no valid host")
        }
        return (String(host), parts.count == 2 ? parts[1] : nil)
    }
}

/// Why a target or absolute request URL is not usable.
public struct TargetURLError: Error, Sendable, Equatable {
    /// What is wrong with the URL, naming it.
    public var problem: String

    /// Wraps a description of the problem.
    public init(problem: String) {
        self.problem = problem
    }
}
