extension RedisCommands {
    /// PING: a cheap round trip, for readiness checks; returns the server's answer (`PONG`).
    @discardableResult
    public func ping() async throws(RedisError) -> String {
        let reply = try await send(command: ["PING"])
        guard let text = reply.string else { throw .unexpectedReply(command: "PING", reply: reply) }
        return text
    }
}
