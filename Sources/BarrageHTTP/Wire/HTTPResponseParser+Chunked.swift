import NIOCore

/// Progress through one `chunk-size [; extensions] CRLF` line, byte by byte, so a
/// line split across reads needs no buffering.
struct ChunkSizeLine {
    var size = 0
    var digits = 0
    var inExtension = false
    var sawCarriageReturn = false
}

extension HTTPResponseParser {
    /// Advances through chunk-size lines, chunk terminators and trailers. Returns false
    /// when it ran out of bytes, true when it reached chunk data or the end of the message.
    mutating func advanceChunkFraming(_ buffer: inout ByteBuffer) throws(HTTPParseError) -> Bool {
        while let byte = buffer.readInteger(as: UInt8.self) {
            switch state {
            case .chunkSize(var line):
                if try line.consume(byte) {
                    state = line.size == 0 ? .trailers(lineLength: 0) : .chunkData(remaining: line.size)
                    return true
                }
                state = .chunkSize(line)
            case .chunkDataEnd(let sawCarriageReturn):
                if !sawCarriageReturn {
                    guard byte == ASCII.carriageReturn else { throw .missingChunkTerminator }
                    state = .chunkDataEnd(sawCarriageReturn: true)
                } else {
                    guard byte == ASCII.lineFeed else { throw .missingChunkTerminator }
                    state = .chunkSize(ChunkSizeLine())
                }
            case .trailers(let lineLength):
                if byte == ASCII.lineFeed {
                    if lineLength == 0 {
                        state = .complete
                        return true
                    }
                    state = .trailers(lineLength: 0)
                } else if byte != ASCII.carriageReturn {
                    state = .trailers(lineLength: lineLength + 1)
                }
            default:
                preconditionFailure("advanceChunkFraming called outside chunk framing")
            }
        }
        return false
    }
}

extension ChunkSizeLine {
    /// Feeds one byte; returns true when the line's LF arrived.
    mutating func consume(_ byte: UInt8) throws(HTTPParseError) -> Bool {
        if sawCarriageReturn {
            guard byte == ASCII.lineFeed, digits > 0 else { throw .invalidChunkSize }
            return true
        }
        if byte == ASCII.carriageReturn {
            sawCarriageReturn = true
        } else if inExtension {
            return false
        } else if let value = ASCII.hexValue(byte) {
            guard digits < 15 else { throw .invalidChunkSize }
            size = size * 16 + value
            digits += 1
        } else if byte == ASCII.semicolon || ASCII.isWhitespace(byte), digits > 0 {
            inExtension = true
        } else {
            throw .invalidChunkSize
        }
        return false
    }
}
