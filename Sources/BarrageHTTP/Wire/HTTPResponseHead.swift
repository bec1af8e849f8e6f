/// The parts of a response head the connection acts on: status, framing and
/// connection reuse. Header values beyond those stay raw in ``headers``.
struct HTTPResponseHead: Sendable {
    /// The three-digit status code.
    var status: Int
    /// The `x` in `HTTP/1.x`; 1.0 responses close by default.
    var minorVersion: Int
    /// All header fields, decoded lazily.
    var headers: HTTPResponseHeaders
    /// `Content-Length`, when present.
    var contentLength: Int?
    /// True when the last transfer coding is `chunked`.
    var isChunked: Bool
    /// True when `Transfer-Encoding` is present at all (it overrides `Content-Length`).
    var hasTransferEncoding: Bool
    /// `Connection: close` was sent.
    var connectionClose: Bool
    /// `Connection: keep-alive` was sent (matters for HTTP/1.0).
    var connectionKeepAlive: Bool
    /// A `Set-Cookie` field was seen.
    var hasSetCookie = false

    /// Whether the server lets us send another request on this connection.
    var allowsReuse: Bool {
        if connectionClose { return false }
        return minorVersion >= 1 || connectionKeepAlive
    }

    /// A 1xx status other than 101: an interim response to skip.
    var isInterim: Bool {
        (100..<200).contains(status) && status != 101
    }
}

/// How the end of a response body is found (RFC 9112 section 6.3).
enum HTTPBodyFraming: Equatable {
    /// No body follows (HEAD, 1xx, 204, 304).
    case none
    /// Exactly this many bytes follow.
    case length(Int)
    /// Chunked transfer coding.
    case chunked
    /// The body runs until the server closes the connection.
    case untilClose

    /// Applies the RFC's precedence: no-body statuses, then Transfer-Encoding, then Content-Length.
    init(head: HTTPResponseHead, requestWasHEAD: Bool) {
        if requestWasHEAD || head.status == 204 || head.status == 304 || (100..<200).contains(head.status) {
            self = .none
        } else if head.hasTransferEncoding {
            self = head.isChunked ? .chunked : .untilClose
        } else if let length = head.contentLength {
            self = .length(length)
        } else {
            self = .untilClose
        }
    }
}
