import NIOCore
import Testing

@testable import BarrageHTTP

@Suite("HTTP/1.1 response parser")
struct HTTPResponseParserTests {
    static let contentLengthResponse = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"
    static let chunkedResponse =
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "5;name=value\r\nhello\r\n7 ; ext\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n"

    @Test("a Content-Length body parsed in one piece")
    func contentLengthInOnePiece() throws {
        let outcome = try ParserDriver.parse(Self.contentLengthResponse)
        #expect(outcome.head?.status == 200)
        #expect(outcome.bodyText == "hello")
        #expect(outcome.ended)
    }

    @Test("a Set-Cookie field is noted while parsing, so responses without one skip the cookie jar")
    func setCookieNoted() throws {
        let plain = try ParserDriver.parse(Self.contentLengthResponse)
        #expect(plain.head?.headers.hasSetCookie == false)
        let withCookie = try ParserDriver.parse(
            "HTTP/1.1 200 OK\r\nset-COOKIE: a=1\r\nContent-Length: 0\r\n\r\n")
        #expect(withCookie.head?.headers.hasSetCookie == true)
        #expect(withCookie.head?.headers.values(for: "Set-Cookie") == ["a=1"])
    }

    @Test("every split point gives the same response", arguments: [1, 2, 3, 7, 16])
    func splitFrames(pieceSize: Int) throws {
        let outcome = try ParserDriver.parse(Self.contentLengthResponse, pieceSize: pieceSize)
        #expect(outcome.head?.status == 200)
        #expect(outcome.head?.headers["content-type"] == "text/plain")
        #expect(outcome.bodyText == "hello")
        #expect(outcome.ended)
    }

    @Test("chunked body with extensions and trailers, byte by byte", arguments: [1, 4, .max])
    func chunkedWithExtensions(pieceSize: Int) throws {
        let outcome = try ParserDriver.parse(Self.chunkedResponse, pieceSize: pieceSize)
        #expect(outcome.bodyText == "hello, world")
        #expect(outcome.ended)
    }

    @Test("a bad status line is a protocol error")
    func badStatusLine() {
        #expect(throws: HTTPParseError.invalidStatusLine) {
            try ParserDriver.parse("HTTP/2 200 OK\r\nContent-Length: 0\r\n\r\n")
        }
        #expect(throws: HTTPParseError.invalidStatusLine) {
            try ParserDriver.parse("HTTP/1.1 2x0 OK\r\n\r\n")
        }
    }

    @Test("a status line without a reason phrase is accepted")
    func statusWithoutReason() throws {
        let outcome = try ParserDriver.parse("HTTP/1.1 204\r\n\r\n")
        #expect(outcome.head?.status == 204)
        #expect(outcome.ended)
    }

    @Test("a header line without a colon is a protocol error")
    func headerWithoutColon() {
        #expect(throws: HTTPParseError.invalidHeaderLine) {
            try ParserDriver.parse("HTTP/1.1 200 OK\r\nBroken header\r\n\r\n")
        }
    }

    @Test("a non-numeric Content-Length is a protocol error")
    func invalidContentLength() {
        #expect(throws: HTTPParseError.invalidContentLength) {
            try ParserDriver.parse("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n")
        }
    }

    @Test("a chunk size that is not hex is a protocol error")
    func invalidChunkSize() {
        #expect(throws: HTTPParseError.invalidChunkSize) {
            try ParserDriver.parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        }
    }

    @Test("chunk data not followed by CRLF is a protocol error")
    func missingChunkTerminator() {
        #expect(throws: HTTPParseError.missingChunkTerminator) {
            try ParserDriver.parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY")
        }
    }

    @Test("a response to HEAD has no body despite Content-Length")
    func headResponse() throws {
        let outcome = try ParserDriver.parse("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", requestWasHEAD: true)
        #expect(outcome.head?.contentLength == 10)
        #expect(outcome.body.isEmpty)
        #expect(outcome.ended)
    }

    @Test("204 and 304 end at the head", arguments: [204, 304])
    func noBodyStatuses(status: Int) throws {
        let outcome = try ParserDriver.parse("HTTP/1.1 \(status) X\r\nContent-Length: 3\r\n\r\n")
        #expect(outcome.ended)
        #expect(outcome.body.isEmpty)
    }

    @Test("interim 100 Continue is skipped")
    func interimResponse() throws {
        let outcome = try ParserDriver.parse(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok")
        #expect(outcome.head?.status == 201)
        #expect(outcome.bodyText == "ok")
    }

    @Test("a body without framing runs until the connection closes")
    func closeDelimitedBody() throws {
        var driver = ParserDriver()
        try driver.feed("HTTP/1.0 200 OK\r\n\r\npart one, ", pieceSize: 5)
        try driver.feed("part two")
        #expect(!driver.outcome.ended)
        let closeEndsResponse = driver.parser.connectionClosed()
        #expect(closeEndsResponse)
        #expect(driver.outcome.bodyText == "part one, part two")
    }

    @Test("a close in the middle of a Content-Length body does not complete it")
    func truncatedBody() throws {
        var driver = ParserDriver()
        try driver.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")
        let closeEndsResponse = driver.parser.connectionClosed()
        #expect(!closeEndsResponse)
    }

    @Test("Transfer-Encoding wins over Content-Length")
    func transferEncodingWins() throws {
        let outcome = try ParserDriver.parse(
            "HTTP/1.1 200 OK\r\nContent-Length: 99\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n")
        #expect(outcome.bodyText == "hi")
        #expect(outcome.ended)
    }

    @Test("Connection: close and HTTP/1.0 forbid reuse; HTTP/1.1 allows it")
    func reuse() throws {
        let close = try ParserDriver.parse("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n")
        let http10 = try ParserDriver.parse("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n")
        let http10KeepAlive = try ParserDriver.parse(
            "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n")
        let http11 = try ParserDriver.parse("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
        #expect(close.head?.allowsReuse == false)
        #expect(http10.head?.allowsReuse == false)
        #expect(http10KeepAlive.head?.allowsReuse == true)
        #expect(http11.head?.allowsReuse == true)
    }

    @Test("a head larger than the limit is rejected instead of buffered")
    func headTooLarge() {
        let huge = "HTTP/1.1 200 OK\r\nX-Big: " + String(repeating: "a", count: HTTPResponseParser.maxHeadBytes)
        #expect(throws: HTTPParseError.headTooLarge) {
            try ParserDriver.parse(huge)
        }
    }

    @Test("bytes after a complete response are left in the buffer")
    func leftoverBytes() throws {
        var parser = HTTPResponseParser()
        var buffer = ByteBuffer(string: "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nEXTRA")
        while let event = try parser.next(&buffer) {
            if case .end = event { break }
        }
        #expect(buffer.readableBytes == 5)
    }
}
