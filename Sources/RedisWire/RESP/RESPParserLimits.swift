/// Size limits the parser enforces so a broken or hostile server cannot make the client allocate without bound.
public struct RESPParserLimits: Sendable, Hashable {
    /// Largest bulk string accepted, in bytes (Redis's own default ceiling is 512 MiB; caches rarely need 64).
    public var maxBulkStringLength: Int
    /// Largest number of elements in one array.
    public var maxArrayCount: Int
    /// Deepest array nesting accepted.
    public var maxDepth: Int
    /// Longest `+`/`-`/`:` line or length header, in bytes, before a terminator must appear.
    public var maxLineLength: Int

    /// Creates limits; the defaults fit a cache and rate limiter with a wide margin.
    public init(
        maxBulkStringLength: Int = 64 * 1024 * 1024,
        maxArrayCount: Int = 1 << 20,
        maxDepth: Int = 32,
        maxLineLength: Int = 64 * 1024
    ) {
        self.maxBulkStringLength = maxBulkStringLength
        self.maxArrayCount = maxArrayCount
        self.maxDepth = maxDepth
        self.maxLineLength = maxLineLength
    }
}
