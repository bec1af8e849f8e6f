import Foundation

/// A VU's cookies, as a browser keeps them: `Set-Cookie` responses fill it, later requests to the
/// same host (and a matching path) send them back. Emptied at the start of every iteration, as
/// k6 does, so each iteration is a fresh visitor. Handles `Path`, `Domain`, `Max-Age` and
/// `Expires`; ignores `Secure`, `HttpOnly` and `SameSite`, which do not change what a load test sends.
struct CookieJar {
    struct Cookie: Equatable {
        var name: String
        var value: String
        /// The host it was set by, or the `Domain` attribute (then `matchesSubdomains`).
        var domain: String
        var matchesSubdomains: Bool
        var path: String
        var expires: Date?
    }

    private(set) var cookies: [Cookie] = []

    var isEmpty: Bool { cookies.isEmpty }

    mutating func removeAll() {
        cookies.removeAll(keepingCapacity: true)
    }

    /// Takes in every `Set-Cookie` value of a response to `host` for `requestPath`.
    mutating func store(_ headers: [String], host: String, requestPath: String, now: Date = Date()) {
        for header in headers {
            guard let cookie = Self.parse(header, host: host, requestPath: requestPath, now: now) else { continue }
            cookies.removeAll { $0.name == cookie.name && $0.domain == cookie.domain && $0.path == cookie.path }
            if cookie.expires.map({ $0 > now }) ?? true { cookies.append(cookie) }
        }
    }

    /// The `Cookie` header for a request, or nil when no cookie applies.
    func header(host: String, path: String, now: Date = Date()) -> String? {
        let matching = cookies.filter { cookie in
            let hostMatches =
                cookie.domain == host || (cookie.matchesSubdomains && host.hasSuffix("." + cookie.domain))
            return hostMatches && Self.pathMatches(cookie.path, path) && (cookie.expires.map { $0 > now } ?? true)
        }
        guard !matching.isEmpty else { return nil }
        return matching.map { "\($0.name)=\($0.value)" }.joined(separator: "; ")
    }

    static func parse(_ header: String, host: String, requestPath: String, now: Date) -> Cookie? {
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let pair = parts.first, let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
            return nil
        }
        var cookie = Cookie(
            name: String(pair[..<equals]), value: String(pair[pair.index(after: equals)...]), domain: host,
            matchesSubdomains: false, path: defaultPath(requestPath), expires: nil)
        var maxAge: Int?
        for attribute in parts.dropFirst() {
            let split = attribute.split(separator: "=", maxSplits: 1).map(String.init)
            let value = split.count == 2 ? split[1] : ""
            switch split[0].lowercased() {
            case "path" where value.hasPrefix("/"): cookie.path = value
            case "domain" where !value.isEmpty:
                let domain = value.hasPrefix(".") ? String(value.dropFirst()) : value
                guard host == domain || host.hasSuffix("." + domain) else { return nil }
                cookie.domain = domain.lowercased()
                cookie.matchesSubdomains = true
            case "max-age": maxAge = Int(value)
            case "expires": cookie.expires = httpDate(value)
            default: break
            }
        }
        if let maxAge { cookie.expires = now.addingTimeInterval(TimeInterval(maxAge)) }
        return cookie
    }

    /// RFC 6265 5.1.4: the request path up to its last `/`.
    private static func defaultPath(_ requestPath: String) -> String {
        let path = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        guard path.hasPrefix("/"), let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    private static func pathMatches(_ cookiePath: String, _ requestPath: String) -> Bool {
        guard requestPath.hasPrefix(cookiePath) else { return false }
        return requestPath.count == cookiePath.count || cookiePath.hasSuffix("/")
            || requestPath.dropFirst(cookiePath.count).first == "/"
            || requestPath.dropFirst(cookiePath.count).first == "?"
    }

    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
