/// Why bytes from the server are not an HTTP/1.1 response. Each case names the
/// grammar rule that broke, so a protocol failure in a report points at the cause.
enum HTTPParseError: Error, Equatable, CustomStringConvertible {
    /// The first line is not `HTTP/1.x NNN reason`.
    case invalidStatusLine
    /// A header line has no colon or an empty or spaced name.
    case invalidHeaderLine
    /// `Content-Length` is not a decimal number, or repeats with different values.
    case invalidContentLength
    /// A chunk-size line is not hex digits optionally followed by extensions.
    case invalidChunkSize
    /// A chunk's data is not followed by CRLF.
    case missingChunkTerminator
    /// The head is larger than ``HTTPResponseParser/maxHeadBytes``.
    case headTooLarge

    var description: String {
        switch self {
        case .invalidStatusLine: "invalid status line"
        case .invalidHeaderLine: "invalid header line"
        case .invalidContentLength: "invalid Content-Length"
        case .invalidChunkSize: "invalid chunk size line"
        case .missingChunkTerminator: "chunk data not followed by CRLF"
        case .headTooLarge: "response head exceeds \(HTTPResponseParser.maxHeadBytes) bytes"
        }
    }
}
