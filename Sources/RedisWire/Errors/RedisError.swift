/// Everything that can go wrong talking to Redis, each case carrying what a log line needs.
///
/// Callers that fall back to another store (the storefront reading PostgreSQL when Redis is
/// down) switch on these: `.server` means Redis answered and refused; every other case means
/// Redis could not be reached or trusted in time.
public enum RedisError: Error, Sendable, Hashable {
    /// A `redis://` URL that could not be understood.
    case invalidURL(String, reason: String)
    /// The TCP connection (or the AUTH/SELECT handshake) failed.
    case connectFailed(address: String, reason: String)
    /// The TCP connection was not established within the connect timeout.
    case connectTimeout(address: String, after: Duration)
    /// The connection closed (or was closed) before the reply arrived.
    case connectionClosed(reason: String)
    /// No reply within the command timeout; the connection is closed because its stream is stuck.
    case commandTimeout(command: String, after: Duration)
    /// Redis answered with an error reply such as `ERR ...`, `WRONGTYPE ...` or `NOSCRIPT ...`.
    case server(message: String, command: String)
    /// The server sent bytes that are not RESP2 (or exceed the parser's limits).
    case protocolViolation(RESPProtocolError)
    /// The reply was valid RESP but not the shape this command returns.
    case unexpectedReply(command: String, reply: RESPValue)
    /// No pooled connection became free within the pool's lease timeout.
    case poolExhausted(waited: Duration, maxConnections: Int)
    /// The pool was shut down.
    case poolClosed
    /// The calling task was cancelled while waiting for a pooled connection.
    case cancelled
}

extension RedisError {
    /// The leading word of a server error (`NOSCRIPT`, `WRONGTYPE`, `ERR`), which is how Redis types its errors.
    public var serverErrorCode: Substring? {
        guard case .server(let message, _) = self else { return nil }
        return message.split(separator: " ", maxSplits: 1).first
    }
}

extension RedisError: CustomStringConvertible {
    /// A one-line explanation with its context, for logs and test failures.
    public var description: String {
        switch self {
        case .invalidURL(let url, let reason): "invalid Redis URL '\(url)': \(reason)"
        case .connectFailed(let address, let reason): "could not connect to Redis at \(address): \(reason)"
        case .connectTimeout(let address, let after): "connecting to Redis at \(address) timed out after \(after)"
        case .connectionClosed(let reason): "Redis connection closed: \(reason)"
        case .commandTimeout(let command, let after): "Redis \(command) got no reply within \(after)"
        case .server(let message, let command): "Redis \(command) failed: \(message)"
        case .protocolViolation(let error): "Redis sent invalid data: \(error)"
        case .unexpectedReply(let command, let reply): "Redis \(command) returned an unexpected reply: \(reply)"
        case .poolExhausted(let waited, let max): "no Redis connection free after \(waited) (pool of \(max))"
        case .poolClosed: "the Redis connection pool is shut down"
        case .cancelled: "cancelled while waiting for a Redis connection"
        }
    }
}
