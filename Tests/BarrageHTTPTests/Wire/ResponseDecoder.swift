import NIOCore

@testable import BarrageHTTP

/// `HTTPResponseParser` as a `ByteToMessageDecoder` that emits whole responses, so it can run in an
/// `EmbeddedChannel` and under NIO's `ByteToMessageDecoderVerifier` the way swift-nio tests its own codecs.
/// It adds nothing but bookkeeping: every framing decision is the parser's.
struct ResponseDecoder: ByteToMessageDecoder {
    typealias InboundOut = ParsedResponse

    private var parser = HTTPResponseParser()
    private var head: HTTPResponseHead?
    private var body: [UInt8] = []

    /// Takes events until the parser needs more bytes, as the client engine does: the end of a
    /// Content-Length body comes as an event of its own, after the last body bytes.
    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        while let event = try parser.next(&buffer) {
            switch event {
            case .head(let received):
                head = received
            case .body(let piece):
                body += piece.readableBytesView
            case .end:
                emit(context: context)
            }
        }
        return .needMoreData
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        _ = try decode(context: context, buffer: &buffer)
        guard seenEOF, parser.hasSeenResponseBytes else { return .needMoreData }
        guard parser.connectionClosed() else { throw TruncatedResponse() }
        if head != nil { emit(context: context) }
        return .needMoreData
    }

    /// Passes the finished response on and starts over for the next one on the connection.
    private mutating func emit(context: ChannelHandlerContext) {
        if let head {
            context.fireChannelRead(Self.wrapInboundOut(ParsedResponse(head: head, body: body)))
        }
        parser = HTTPResponseParser()
        head = nil
        body = []
    }
}

/// What a test compares of one response.
struct ParsedResponse: Equatable {
    var status: Int
    var headers: [String]
    var body: String
    var reusable: Bool

    init(status: Int, headers: [String], body: String, reusable: Bool = true) {
        self.status = status
        self.headers = headers
        self.body = body
        self.reusable = reusable
    }

    init(head: HTTPResponseHead, body: [UInt8]) {
        self.init(
            status: head.status, headers: head.headers.fields.map { "\($0.name): \($0.value)" },
            body: String(decoding: body, as: UTF8.self), reusable: head.allowsReuse)
    }
}

/// The connection closed in the middle of a response.
struct TruncatedResponse: Error {}
