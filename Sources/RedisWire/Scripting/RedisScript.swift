import Crypto

/// A Lua script with its SHA-1, so it can be run by name (EVALSHA) and sent in full only when
/// Redis does not know it yet, e.g. after a restart or SCRIPT FLUSH.
public struct RedisScript: Sendable, Hashable {
    /// The Lua source.
    public let source: String
    /// The lowercase hex SHA-1 of `source`, the name Redis gives the script.
    public let sha1: String

    /// Wraps `source`, computing its SHA-1 locally (swift-crypto's; SHA-1 only names the script here,
    /// it protects nothing).
    public init(_ source: String) {
        self.source = source
        self.sha1 = Insecure.SHA1.hash(data: Array(source.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
