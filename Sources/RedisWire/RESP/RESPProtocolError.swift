/// Why a byte stream is not valid RESP2 (or breaks our size limits), with where in the stream it happened.
///
/// A protocol error means the stream can no longer be trusted, so the connection that saw it is closed.
public struct RESPProtocolError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What exactly was wrong, with the offending numbers where there are any.
    public enum Kind: Sendable, Hashable {
        /// The first byte of a value was none of `+ - : $ *`.
        case unknownTypeByte(UInt8)
        /// A length or `:` integer line was not a decimal 64-bit integer.
        case invalidInteger(String)
        /// A length below -1 (the only negative length RESP2 allows is the null marker).
        case invalidLength(Int64)
        /// A `\r` not followed by `\n`, or a bulk string whose payload is not followed by `\r\n`.
        case missingLineTerminator
        /// A bulk string longer than the configured limit; refusing it bounds memory per reply.
        case bulkStringTooLong(length: Int64, limit: Int)
        /// An array with more elements than the configured limit.
        case arrayTooLong(count: Int64, limit: Int)
        /// Arrays nested deeper than the configured limit.
        case nestingTooDeep(limit: Int)
        /// A `+`, `-` or `:` line (or a length header) longer than the configured limit without a terminator.
        case lineTooLong(limit: Int)
    }

    /// What was wrong.
    public var kind: Kind
    /// Offset, in bytes since the connection started, of the value header where the problem was found.
    public var streamOffset: Int

    /// Creates an error; public so fakes and tests can build the errors a real parser would throw.
    public init(_ kind: Kind, streamOffset: Int) {
        self.kind = kind
        self.streamOffset = streamOffset
    }

    /// A one-line explanation naming the offset, for logs.
    public var description: String {
        "RESP protocol error at byte \(streamOffset): \(kind)"
    }
}
