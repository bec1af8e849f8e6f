import NIOCore

/// The client's IP address, taken from `X-Forwarded-For` only when the connection comes from a trusted
/// proxy: otherwise any client could claim any address and escape its quota.
enum ClientAddress {
    /// The address to limit: walking `X-Forwarded-For` from the right (the hop nearest to us), the first
    /// address that is not itself a trusted proxy; the peer's address when the peer is not trusted or the
    /// header is absent; nil when the peer is unknown (e.g. a test without a socket).
    static func resolve(peer: String?, forwardedFor: String?, trustedProxies: Set<String>) -> String? {
        guard let peer else { return nil }
        guard trustedProxies.contains(peer), let forwardedFor else { return peer }
        let hops = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() where !trustedProxies.contains(hop) {
            return isIPAddress(hop) ? hop : peer
        }
        return hops.first ?? peer
    }

    /// Whether `text` is a literal IPv4 or IPv6 address.
    static func isIPAddress(_ text: String) -> Bool {
        (try? SocketAddress(ipAddress: text, port: 0)) != nil
    }
}
