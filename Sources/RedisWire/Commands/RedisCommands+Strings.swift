import NIOCore

extension RedisCommands {
    /// GET: the value's bytes, or `nil` when the key does not exist (a cache miss).
    public func get(_ key: String) async throws(RedisError) -> ByteBuffer? {
        let reply = try await send(command: ["GET", .string(key)])
        switch reply {
        case .bulkString(let bytes): return bytes
        default: throw .unexpectedReply(command: "GET", reply: reply)
        }
    }

    /// GET decoded as UTF-8 text.
    public func getString(_ key: String) async throws(RedisError) -> String? {
        try await get(key).map { String(buffer: $0) }
    }

    /// SET with optional expiry and condition; returns whether the value was written
    /// (always `true` unless a condition such as `.ifNotExists` prevented it).
    @discardableResult
    public func set(
        _ key: String,
        to value: RedisArgument,
        expiration: RedisExpiration? = nil,
        condition: RedisSetCondition = .always
    ) async throws(RedisError) -> Bool {
        var command: [RedisArgument] = ["SET", .string(key), value]
        if let expiration { command += expiration.arguments }
        command += condition.arguments
        let reply = try await send(command: command)
        switch reply {
        case .simpleString("OK"): return true
        case .bulkString(nil): return false
        default: throw .unexpectedReply(command: "SET", reply: reply)
        }
    }

    /// INCR: the counter's value after adding one (a missing key counts from zero).
    public func incr(_ key: String) async throws(RedisError) -> Int64 {
        try await integerReply(["INCR", .string(key)])
    }

    /// Sends a command whose reply must be an integer.
    func integerReply(_ command: [RedisArgument]) async throws(RedisError) -> Int64 {
        let reply = try await send(command: command)
        guard case .integer(let value) = reply else {
            throw .unexpectedReply(command: command.first?.text ?? "", reply: reply)
        }
        return value
    }
}
