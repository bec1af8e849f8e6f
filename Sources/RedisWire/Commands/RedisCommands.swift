/// Anything that can run a Redis command: a single connection or the pool.
///
/// The typed commands (`get`, `set`, `incr`, `run(_ script:)`, …) are extensions on this
/// protocol, so code written against `RedisCommands` works with either and tests can supply a fake.
public protocol RedisCommands: Sendable {
    /// Sends `command` (its name first, then its arguments) and returns the reply;
    /// an error reply is thrown as `RedisError.server`.
    func send(command: [RedisArgument]) async throws(RedisError) -> RESPValue
}
