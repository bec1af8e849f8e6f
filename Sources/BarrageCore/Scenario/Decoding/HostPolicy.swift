/// Barrage only loads hosts it was told it may: loopback always, anything else only when the file
/// (`allowedHosts`) or the command line (`--allow-host`) names it. A plain value so the runner can
/// apply the same rule to URLs built at run time.
public struct HostPolicy: Sendable, Equatable {
    /// Lower-cased host names or addresses allowed besides loopback.
    public var allowedHosts: [String]

    /// A policy admitting loopback plus `allowedHosts` (compared case-insensitively).
    public init(allowedHosts: [String]) {
        self.allowedHosts = allowedHosts.map { Self.normalized($0) }
    }

    /// Whether requests may be sent to `host`.
    public func allows(_ host: String) -> Bool {
        let host = Self.normalized(host)
        return Self.isLoopback(host) || allowedHosts.contains(host)
    }

    /// `localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let host = normalized(host)
        if host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        let values = octets.compactMap { $0.count <= 3 ? UInt8($0) : nil }
        return values.count == 4 && values[0] == 127
    }

    /// Lower-cased, without IPv6 brackets or a trailing dot.
    private static func normalized(_ host: String) -> String {
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.hasSuffix(".") { host.removeLast() }
        return host
    }
}
