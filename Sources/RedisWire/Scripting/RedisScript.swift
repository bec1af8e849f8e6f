/// A Lua script with its SHA-1, so it can be run by name (EVALSHA) and sent in full only when
/// Redis does not know it yet, e.g. after a restart or SCRIPT FLUSH.
public struct RedisScript: Sendable, Hashable {
    /// The Lua source.
    public let source: String
    /// The lowercase hex SHA-1 of `source`, the name Redis gives the script.
    public let sha1: String

    /// Wraps `source`, computing its SHA-1 locally.
    public init(_ source: String) {
        self.source = source
        self.sha1 = SHA1.hex(of: source.utf8)
    }
}
