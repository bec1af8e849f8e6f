import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import BarrageHTTP

/// The response parser behind a channel: NIO's `ByteToMessageDecoderVerifier` feeds it byte by byte
/// (each byte in a buffer whose storage holds other bytes around it), message by message and all messages
/// at once, so a framing or slicing mistake that one split hides shows in another; `EmbeddedChannel`
/// covers what only a channel has, the close.
@Suite("HTTP/1.1 response parser in a channel")
struct HTTPResponseParserChannelTests {
    @Test("every framing parses the same whatever the reads look like, pipelined or not")
    func verifier() throws {
        let pairs: [(String, [ParsedResponse])] = [
            (
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello",
                [ParsedResponse(status: 200, headers: ["Content-Type: text/plain", "Content-Length: 5"], body: "hello")]
            ),
            (
                "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n7 ; ext\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n",
                [ParsedResponse(status: 201, headers: ["Transfer-Encoding: chunked"], body: "hello, world")]
            ),
            (
                "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nContent-Length: 3\r\n\r\n",
                [ParsedResponse(status: 204, headers: ["Content-Length: 3"], body: "")]
            ),
            (
                "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
                [ParsedResponse(status: 200, headers: ["Connection: close", "Content-Length: 2"], body: "ok", reusable: false)]
            ),
        ]
        try ByteToMessageDecoderVerifier.verifyDecoder(stringInputOutputPairs: pairs) { ResponseDecoder() }
    }

    @Test("a body without framing ends when the server closes the connection")
    func closeDelimitedBody() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(ResponseDecoder()))
        try channel.writeInbound(ByteBuffer(string: "HTTP/1.0 200 OK\r\n\r\nuntil"))
        try channel.writeInbound(ByteBuffer(string: " the end"))
        #expect(try channel.readInbound(as: ParsedResponse.self) == nil)
        channel.pipeline.fireChannelInactive()
        let response = try #require(try channel.readInbound(as: ParsedResponse.self))
        #expect(response == ParsedResponse(status: 200, headers: [], body: "until the end", reusable: false))
    }

    @Test("a close inside a Content-Length body is a truncated response, not a short one")
    func closeInsideTheBody() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(ResponseDecoder()))
        try channel.writeInbound(ByteBuffer(string: "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf"))
        channel.pipeline.fireChannelInactive()
        #expect(throws: TruncatedResponse.self) { try channel.throwIfErrorCaught() }
        #expect(try channel.readInbound(as: ParsedResponse.self) == nil)
    }

    @Test("bytes that are not HTTP/1.1 fail the channel with the parser's error", arguments: [1, 7, 64])
    func protocolErrorInAnySplit(pieceSize: Int) throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(ResponseDecoder()))
        let wire = Array("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".utf8)
        #expect(throws: HTTPParseError.self) {
            var start = 0
            while start < wire.count {
                let end = min(wire.count, start + pieceSize)
                try channel.writeInbound(ByteBuffer(bytes: wire[start..<end]))
                start = end
            }
        }
    }
}
