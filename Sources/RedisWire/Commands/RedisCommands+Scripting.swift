extension RedisCommands {
    /// EVAL: runs Lua source atomically in Redis (and caches it there under its SHA-1).
    public func eval(
        _ source: String,
        keys: [String] = [],
        arguments: [RedisArgument] = []
    ) async throws(RedisError) -> RESPValue {
        try await send(command: ["EVAL", .string(source), RedisArgument(keys.count)] + keys.map(RedisArgument.string) + arguments)
    }

    /// EVALSHA: runs a script Redis already has by its SHA-1; throws a `NOSCRIPT` server error if it has not.
    public func evalSHA(
        _ sha1: String,
        keys: [String] = [],
        arguments: [RedisArgument] = []
    ) async throws(RedisError) -> RESPValue {
        try await send(command: ["EVALSHA", .string(sha1), RedisArgument(keys.count)] + keys.map(RedisArgument.string) + arguments)
    }

    /// Runs `script` by SHA-1 and, when Redis answers `NOSCRIPT`, once more with its source,
    /// which also reloads it; the usual case costs one short command.
    public func run(
        _ script: RedisScript,
        keys: [String] = [],
        arguments: [RedisArgument] = []
    ) async throws(RedisError) -> RESPValue {
        do {
            return try await evalSHA(script.sha1, keys: keys, arguments: arguments)
        } catch  where error.serverErrorCode == "NOSCRIPT" {
            return try await eval(script.source, keys: keys, arguments: arguments)
        }
    }
}
