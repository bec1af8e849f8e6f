import NIOCore

/// One complete RESP2 value as Redis sends it.
///
/// Kept as a plain enum so the parser, the encoder and the tests can speak about replies
/// without a socket; the connection only decides which values become thrown errors.
public enum RESPValue: Sendable, Hashable {
    /// A `+` status line such as `OK` or `PONG`.
    case simpleString(String)
    /// A `-` error line; kept as a value at this layer so one bad reply never desynchronises a pipeline.
    case error(String)
    /// A `:` signed 64-bit integer.
    case integer(Int64)
    /// A `$` binary-safe string; `nil` is RESP2's null bulk string (`$-1`), e.g. GET of a missing key.
    case bulkString(ByteBuffer?)
    /// A `*` array of values; `nil` is RESP2's null array (`*-1`), e.g. a timed-out blocking pop.
    case array([RESPValue]?)
}
