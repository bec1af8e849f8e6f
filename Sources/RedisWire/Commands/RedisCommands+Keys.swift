extension RedisCommands {
    /// DEL: removes keys, returning how many existed; used for cache invalidation.
    @discardableResult
    public func del(_ keys: [String]) async throws(RedisError) -> Int {
        guard !keys.isEmpty else { return 0 }
        return Int(try await integerReply(["DEL"] + keys.map(RedisArgument.string)))
    }

    /// UNLINK: like DEL but frees memory in the background, so large values do not stall Redis.
    @discardableResult
    public func unlink(_ keys: [String]) async throws(RedisError) -> Int {
        guard !keys.isEmpty else { return 0 }
        return Int(try await integerReply(["UNLINK"] + keys.map(RedisArgument.string)))
    }

    /// EXPIRE (or PEXPIRE for sub-second durations): returns whether the key existed.
    @discardableResult
    public func expire(_ key: String, after duration: Duration) async throws(RedisError) -> Bool {
        let command: [RedisArgument] =
            switch RedisExpiration(duration) {
            case .seconds(let value): ["EXPIRE", .string(key), RedisArgument(value)]
            case .milliseconds(let value): ["PEXPIRE", .string(key), RedisArgument(value)]
            }
        return try await integerReply(command) == 1
    }
}
