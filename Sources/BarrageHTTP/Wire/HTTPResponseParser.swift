import NIOCore

/// An incremental HTTP/1.1 response parser over `ByteBuffer`: feed it whatever the
/// socket delivered, take events until it returns nil, feed more. It is a plain value
/// with no I/O so every framing rule is tested byte by byte without sockets, and it
/// never copies body bytes (body events are slices of the input).
struct HTTPResponseParser {
    /// What the parser found in the bytes it was given.
    enum Event {
        /// The final (non-1xx) response head.
        case head(HTTPResponseHead)
        /// A piece of the body, de-chunked; shares storage with the input.
        case body(ByteBuffer)
        /// The response is complete.
        case end
    }

    /// Heads larger than this are rejected rather than buffered without bound.
    static let maxHeadBytes = 64 * 1024

    enum State {
        case head
        case fixedBody(remaining: Int)
        case chunkSize(ChunkSizeLine)
        case chunkData(remaining: Int)
        case chunkDataEnd(sawCarriageReturn: Bool)
        case trailers(lineLength: Int)
        case untilClose
        case complete
    }

    var state: State = .head
    /// Bytes of an incomplete head, kept across reads.
    var pendingHead: ByteBuffer?
    /// How much of `pendingHead` was already searched for the blank line.
    var scannedHeadBytes = 0
    /// HEAD responses carry framing headers but no body.
    let requestWasHEAD: Bool
    /// Whether the head's header lines are kept for reading by name. When nothing reads them they
    /// are still validated, and kept only when they set a cookie.
    let keepsHeaders: Bool

    /// A parser for the response to one request.
    init(requestWasHEAD: Bool = false, keepsHeaders: Bool = true) {
        self.requestWasHEAD = requestWasHEAD
        self.keepsHeaders = keepsHeaders
    }

    /// True until the first byte of a response arrived; a close now means "no response".
    var hasSeenResponseBytes: Bool {
        if case .head = state { return pendingHead != nil }
        return true
    }

    /// True once `.end` was returned.
    var isComplete: Bool {
        if case .complete = state { return true }
        return false
    }

    /// Consumes bytes from `buffer` and returns the next event, or nil when more bytes
    /// are needed (everything readable has then been consumed) or the response is complete.
    mutating func next(_ buffer: inout ByteBuffer) throws(HTTPParseError) -> Event? {
        while true {
            switch state {
            case .head:
                guard let head = try readHead(&buffer) else { return nil }
                if head.isInterim { continue }
                state = Self.bodyState(for: HTTPBodyFraming(head: head, requestWasHEAD: requestWasHEAD))
                return .head(head)
            case .fixedBody(let remaining):
                if remaining == 0 {
                    state = .complete
                    return .end
                }
                guard let slice = Self.readSlice(&buffer, upTo: remaining) else { return nil }
                state = .fixedBody(remaining: remaining - slice.readableBytes)
                return .body(slice)
            case .chunkData(let remaining):
                guard let slice = Self.readSlice(&buffer, upTo: remaining) else { return nil }
                let left = remaining - slice.readableBytes
                state = left == 0 ? .chunkDataEnd(sawCarriageReturn: false) : .chunkData(remaining: left)
                return .body(slice)
            case .chunkSize, .chunkDataEnd, .trailers:
                guard try advanceChunkFraming(&buffer) else { return nil }
                if case .complete = state { return .end }
            case .untilClose:
                guard let slice = Self.readSlice(&buffer, upTo: buffer.readableBytes) else { return nil }
                return .body(slice)
            case .complete:
                return nil
            }
        }
    }

    /// Tells the parser the server closed the connection. Returns true when that close
    /// legitimately ends the response (a close-delimited body), false when it cut it short.
    mutating func connectionClosed() -> Bool {
        switch state {
        case .untilClose:
            state = .complete
            return true
        case .complete:
            return true
        default:
            return false
        }
    }

    private static func bodyState(for framing: HTTPBodyFraming) -> State {
        switch framing {
        case .none: .fixedBody(remaining: 0)
        case .length(let length): .fixedBody(remaining: length)
        case .chunked: .chunkSize(ChunkSizeLine())
        case .untilClose: .untilClose
        }
    }

    /// Takes up to `limit` readable bytes as a slice; nil when none are readable.
    private static func readSlice(_ buffer: inout ByteBuffer, upTo limit: Int) -> ByteBuffer? {
        let length = min(limit, buffer.readableBytes)
        guard length > 0 else { return nil }
        return buffer.readSlice(length: length)
    }
}
