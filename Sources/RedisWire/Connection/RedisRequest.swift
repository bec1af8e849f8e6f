import NIOCore

/// A command on its way through the channel: already encoded, with the promise its reply completes.
struct RedisRequest {
    /// The command as RESP bytes.
    var encoded: ByteBuffer
    /// The command's name (first argument), for errors and logs.
    var command: String
    /// How long the reply may take; `nil` waits forever.
    var timeout: Duration?
    /// Completed with the reply, or failed with a `RedisError`.
    var promise: EventLoopPromise<RESPValue>
}
