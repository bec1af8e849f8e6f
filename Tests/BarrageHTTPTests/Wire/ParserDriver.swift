import NIOCore

@testable import BarrageHTTP

/// Feeds a parser in chosen pieces and collects what it produced, so each test states
/// only the wire bytes and the expected response.
struct ParserDriver {
    struct Outcome {
        var head: HTTPResponseHead?
        var body: [UInt8] = []
        var ended = false
        var bodyText: String { String(decoding: body, as: UTF8.self) }
    }

    var parser: HTTPResponseParser
    var outcome = Outcome()

    init(requestWasHEAD: Bool = false) {
        parser = HTTPResponseParser(requestWasHEAD: requestWasHEAD)
    }

    /// Feeds `wire` split into pieces of `pieceSize` bytes (1 = byte by byte).
    mutating func feed(_ wire: String, pieceSize: Int = .max) throws(HTTPParseError) {
        let bytes = Array(wire.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + min(pieceSize, bytes.count))
            var buffer = ByteBuffer(bytes: bytes[start..<end])
            while let event = try parser.next(&buffer) {
                switch event {
                case .head(let head): outcome.head = head
                case .body(let piece): outcome.body += piece.readableBytesView
                case .end: outcome.ended = true
                }
            }
            start = end
        }
    }

    /// Parses all of `wire` in one piece and returns the outcome.
    static func parse(
        _ wire: String, pieceSize: Int = .max, requestWasHEAD: Bool = false
    ) throws(HTTPParseError) -> Outcome {
        var driver = ParserDriver(requestWasHEAD: requestWasHEAD)
        try driver.feed(wire, pieceSize: pieceSize)
        return driver.outcome
    }
}
