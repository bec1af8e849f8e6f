import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension HTTPResponseParser {
    /// Returns the head once its blank line has arrived, buffering partial heads across
    /// reads. In the common case the whole head is in one read and is parsed in place.
    mutating func readHead(_ buffer: inout ByteBuffer) throws(HTTPParseError) -> HTTPResponseHead? {
        if var pending = pendingHead {
            pendingHead = nil
            pending.writeBuffer(&buffer)
            buffer = pending
        }
        let searchFrom = max(0, scannedHeadBytes - 3)
        let headLength = buffer.withUnsafeReadableBytes { Self.headLength(in: $0, searchingFrom: searchFrom) }
        guard let headLength else {
            guard buffer.readableBytes <= Self.maxHeadBytes else { throw .headTooLarge }
            scannedHeadBytes = buffer.readableBytes
            if buffer.readableBytes > 0 {
                pendingHead = buffer
                buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
            }
            return nil
        }
        scannedHeadBytes = 0
        let head = try buffer.withUnsafeReadableBytes { bytes throws(HTTPParseError) in
            try Self.parseHead(UnsafeRawBufferPointer(rebasing: bytes[..<headLength]), keepingHeaders: keepsHeaders)
        }
        buffer.moveReaderIndex(forwardBy: headLength)
        return head
    }

    /// The length of the head including its terminating blank line, if it is complete.
    /// It hops from line feed to line feed with `memchr` rather than testing every byte.
    static func headLength(in bytes: UnsafeRawBufferPointer, searchingFrom start: Int) -> Int? {
        var index = max(start, 3)
        while index < bytes.count {
            guard let found = lineFeed(in: bytes, from: index, to: bytes.count) else { return nil }
            index = found
            if index >= 3, bytes[index - 1] == ASCII.carriageReturn, bytes[index - 2] == ASCII.lineFeed,
                bytes[index - 3] == ASCII.carriageReturn
            {
                return index + 1
            }
            index += 1
        }
        return nil
    }

    /// The index of the first line feed in `bytes[start..<end]` (`memchr`, which is vectorised).
    @inline(__always)
    static func lineFeed(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(ASCII.lineFeed), end - start)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// Parses a complete head (status line, header lines, blank line); the header lines are kept
    /// when `keepingHeaders` or when they set a cookie.
    static func parseHead(
        _ bytes: UnsafeRawBufferPointer, keepingHeaders: Bool = true
    ) throws(HTTPParseError) -> HTTPResponseHead {
        guard let statusLineEnd = lineFeed(in: bytes, from: 0, to: bytes.count) else { throw .invalidStatusLine }
        let (minorVersion, status) = try parseStatusLine(bytes[..<statusLineEnd])
        let blockStart = statusLineEnd + 1
        let blockEnd = bytes.count - 2
        var head = HTTPResponseHead(
            status: status, minorVersion: minorVersion, headers: HTTPResponseHeaders(),
            contentLength: nil, isChunked: false, hasTransferEncoding: false,
            connectionClose: false, connectionKeepAlive: false
        )
        var lineStart = blockStart
        while lineStart < blockEnd {
            guard let lineEnd = lineFeed(in: bytes, from: lineStart, to: blockEnd) else {
                throw .invalidHeaderLine
            }
            try apply(headerLine: bytes[lineStart..<lineEnd], to: &head)
            lineStart = lineEnd + 1
        }
        if blockEnd > blockStart, keepingHeaders || head.hasSetCookie {
            head.headers = HTTPResponseHeaders(block: Array(bytes[blockStart..<blockEnd]), hasSetCookie: head.hasSetCookie)
        }
        return head
    }

    /// `HTTP/1.x SP 3DIGIT [SP reason] CR`, where the slice ends before the LF.
    private static func parseStatusLine(_ line: Slice<UnsafeRawBufferPointer>) throws(HTTPParseError) -> (Int, Int) {
        let start = line.startIndex
        guard line.count >= 13, line[line.endIndex - 1] == ASCII.carriageReturn, ASCII.hasPrefix(line, "HTTP/1."),
            let minor = ASCII.decimalValue(line[start + 7]),
            line[start + 8] == ASCII.space,
            let hundreds = ASCII.decimalValue(line[start + 9]),
            let tens = ASCII.decimalValue(line[start + 10]),
            let units = ASCII.decimalValue(line[start + 11]),
            line[start + 12] == ASCII.space || line[start + 12] == ASCII.carriageReturn
        else { throw .invalidStatusLine }
        return (minor, hundreds * 100 + tens * 10 + units)
    }

    /// Validates one `name: value CR` line and records the framing-relevant fields.
    private static func apply(
        headerLine line: Slice<UnsafeRawBufferPointer>,
        to head: inout HTTPResponseHead
    ) throws(HTTPParseError) {
        guard line.last == ASCII.carriageReturn, let colon = line.firstIndex(of: ASCII.colon), colon > line.startIndex
        else { throw .invalidHeaderLine }
        let name = line[line.startIndex..<colon]
        guard !name.contains(where: { ASCII.isWhitespace($0) }) else { throw .invalidHeaderLine }
        let value = ASCII.trimmingWhitespace(line[(colon + 1)...])
        switch name.count {
        case 14 where ASCII.equalsIgnoringCase(name, lowercase: "content-length"):
            let length = try parseContentLength(value)
            if let existing = head.contentLength, existing != length { throw .invalidContentLength }
            head.contentLength = length
        case 17 where ASCII.equalsIgnoringCase(name, lowercase: "transfer-encoding"):
            head.hasTransferEncoding = true
            let lastCoding = value.split(separator: ASCII.comma).last.map { ASCII.trimmingWhitespace($0) }
            head.isChunked = lastCoding.map { ASCII.equalsIgnoringCase($0, lowercase: "chunked") } ?? false
        case 10 where ASCII.equalsIgnoringCase(name, lowercase: "connection"):
            head.connectionClose = head.connectionClose || ASCII.listContainsToken(value, "close")
            head.connectionKeepAlive = head.connectionKeepAlive || ASCII.listContainsToken(value, "keep-alive")
        case 10 where ASCII.equalsIgnoringCase(name, lowercase: "set-cookie"):
            head.hasSetCookie = true
        default:
            break
        }
    }

    private static func parseContentLength(_ value: Slice<UnsafeRawBufferPointer>) throws(HTTPParseError) -> Int {
        guard !value.isEmpty, value.count <= 18 else { throw .invalidContentLength }
        var length = 0
        for byte in value {
            guard let digit = ASCII.decimalValue(byte) else { throw .invalidContentLength }
            length = length * 10 + digit
        }
        return length
    }
}
