import NIOCore

/// An incremental RESP2 parser: feed it byte chunks as they arrive, take complete values out.
///
/// Frames may be split anywhere, including inside `\r\n` or a length header. Progress inside
/// nested arrays is kept on a stack, so a large array arriving in many chunks is scanned once,
/// not re-parsed from its start on every chunk. After a protocol error the parser stays failed:
/// the stream has lost its framing and nothing after the error can be trusted.
public struct RESPParser: Sendable {
    private struct PartialArray: Sendable {
        var remaining: Int
        var elements: [RESPValue]
    }

    private enum Element {
        case value(RESPValue)
        case arrayHeader(count: Int)
    }

    /// The limits this parser enforces.
    public let limits: RESPParserLimits
    private var buffer = ByteBuffer()
    private var openArrays: [PartialArray] = []
    private var consumedBefore = 0
    private var failure: RESPProtocolError?

    /// Creates an empty parser with the given limits.
    public init(limits: RESPParserLimits = RESPParserLimits()) {
        self.limits = limits
    }

    /// Bytes received but not yet part of a returned value; useful for tests and diagnostics.
    public var bufferedByteCount: Int { buffer.readableBytes }

    /// Appends bytes read from the connection.
    public mutating func feed(_ bytes: ByteBuffer) {
        if buffer.readableBytes == 0 {
            consumedBefore += buffer.readerIndex
            buffer = bytes
            consumedBefore -= buffer.readerIndex
        } else {
            var bytes = bytes
            buffer.writeBuffer(&bytes)
        }
    }

    /// Returns the next complete top-level value, or `nil` when more bytes are needed.
    public mutating func next() throws(RESPProtocolError) -> RESPValue? {
        if let failure { throw failure }
        do {
            return try parseNext()
        } catch {
            failure = error
            throw error
        }
    }

    private mutating func parseNext() throws(RESPProtocolError) -> RESPValue? {
        while let element = try parseElement() {
            var completed: RESPValue
            switch element {
            case .arrayHeader(let count):
                guard openArrays.count < limits.maxDepth else {
                    throw RESPProtocolError(.nestingTooDeep(limit: limits.maxDepth), streamOffset: streamOffset)
                }
                openArrays.append(PartialArray(remaining: count, elements: []))
                openArrays[openArrays.count - 1].elements.reserveCapacity(min(count, 1024))
                continue
            case .value(let value):
                completed = value
            }
            while !openArrays.isEmpty {
                let top = openArrays.count - 1
                openArrays[top].elements.append(completed)
                openArrays[top].remaining -= 1
                guard openArrays[top].remaining == 0 else { break }
                completed = .array(openArrays.removeLast().elements)
            }
            if openArrays.isEmpty {
                compactIfWorthwhile()
                return completed
            }
        }
        return nil
    }

    private var streamOffset: Int { consumedBefore + buffer.readerIndex }

    private mutating func compactIfWorthwhile() {
        if buffer.readerIndex > 64 * 1024 && buffer.readerIndex > buffer.readableBytes {
            consumedBefore += buffer.readerIndex
            buffer.discardReadBytes()
        }
    }

    /// Parses one scalar or one array header, consuming bytes only when it is complete.
    private mutating func parseElement() throws(RESPProtocolError) -> Element? {
        let start = buffer.readerIndex
        guard let typeByte = buffer.getInteger(at: start, as: UInt8.self) else { return nil }
        guard let line = try lineAfterTypeByte() else { return nil }
        let afterLine = line.upperBound + 2

        switch typeByte {
        case UInt8(ascii: "+"):
            let value = RESPValue.simpleString(text(line))
            buffer.moveReaderIndex(to: afterLine)
            return .value(value)
        case UInt8(ascii: "-"):
            let value = RESPValue.error(text(line))
            buffer.moveReaderIndex(to: afterLine)
            return .value(value)
        case UInt8(ascii: ":"):
            let value = try integer(line)
            buffer.moveReaderIndex(to: afterLine)
            return .value(.integer(value))
        case UInt8(ascii: "$"):
            let length = try integer(line)
            if length == -1 {
                buffer.moveReaderIndex(to: afterLine)
                return .value(.bulkString(nil))
            }
            guard length >= 0 else { throw RESPProtocolError(.invalidLength(length), streamOffset: streamOffset) }
            guard length <= limits.maxBulkStringLength else {
                throw RESPProtocolError(
                    .bulkStringTooLong(length: length, limit: limits.maxBulkStringLength),
                    streamOffset: streamOffset
                )
            }
            let payloadLength = Int(length)
            guard buffer.writerIndex - afterLine >= payloadLength + 2 else { return nil }
            guard buffer.getInteger(at: afterLine + payloadLength, as: UInt16.self) == Self.crlf else {
                throw RESPProtocolError(.missingLineTerminator, streamOffset: streamOffset)
            }
            let payload = buffer.getSlice(at: afterLine, length: payloadLength) ?? ByteBuffer()
            buffer.moveReaderIndex(to: afterLine + payloadLength + 2)
            return .value(.bulkString(payload))
        case UInt8(ascii: "*"):
            let count = try integer(line)
            if count == -1 {
                buffer.moveReaderIndex(to: afterLine)
                return .value(.array(nil))
            }
            guard count >= 0 else { throw RESPProtocolError(.invalidLength(count), streamOffset: streamOffset) }
            guard count <= limits.maxArrayCount else {
                throw RESPProtocolError(
                    .arrayTooLong(count: count, limit: limits.maxArrayCount),
                    streamOffset: streamOffset
                )
            }
            buffer.moveReaderIndex(to: afterLine)
            return count == 0 ? .value(.array([])) : .arrayHeader(count: Int(count))
        default:
            throw RESPProtocolError(.unknownTypeByte(typeByte), streamOffset: streamOffset)
        }
    }

    private static let crlf: UInt16 = 0x0D0A

    /// The byte range of the line after the type byte, or `nil` when its terminator has not arrived yet.
    private func lineAfterTypeByte() throws(RESPProtocolError) -> Range<Int>? {
        let lineStart = buffer.readerIndex + 1
        let view = buffer.readableBytesView.dropFirst()
        guard let carriageReturn = view.firstIndex(of: UInt8(ascii: "\r")) else {
            if view.count > limits.maxLineLength {
                throw RESPProtocolError(.lineTooLong(limit: limits.maxLineLength), streamOffset: streamOffset)
            }
            return nil
        }
        let offset = carriageReturn - view.startIndex
        if offset > limits.maxLineLength {
            throw RESPProtocolError(.lineTooLong(limit: limits.maxLineLength), streamOffset: streamOffset)
        }
        let crIndex = lineStart + offset
        guard let next = buffer.getInteger(at: crIndex + 1, as: UInt8.self) else { return nil }
        guard next == UInt8(ascii: "\n") else {
            throw RESPProtocolError(.missingLineTerminator, streamOffset: streamOffset)
        }
        return lineStart..<crIndex
    }

    private func text(_ line: Range<Int>) -> String {
        buffer.getString(at: line.lowerBound, length: line.count) ?? ""
    }

    private func integer(_ line: Range<Int>) throws(RESPProtocolError) -> Int64 {
        let bytes = buffer.getBytes(at: line.lowerBound, length: line.count) ?? []
        guard let value = Self.decimal(bytes) else {
            throw RESPProtocolError(.invalidInteger(String(decoding: bytes, as: UTF8.self)), streamOffset: streamOffset)
        }
        return value
    }

    /// Parses an optionally negative decimal without allocation-heavy string conversion, rejecting overflow.
    private static func decimal(_ bytes: [UInt8]) -> Int64? {
        var digits = bytes[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) =
                negative
                ? shifted.subtractingReportingOverflow(digit)
                : shifted.addingReportingOverflow(digit)
            guard !overflowA, !overflowB else { return nil }
            value = next
        }
        return value
    }
}
