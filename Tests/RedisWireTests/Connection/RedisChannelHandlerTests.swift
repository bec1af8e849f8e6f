import NIOCore
import NIOEmbedded
import Testing

@testable import RedisWire

/// The RESP parser in its channel handler, driven through an `EmbeddedChannel` the way swift-nio and
/// postgres-nio test their codecs: commands go out as bytes, reply bytes come in in any split, and each
/// request's promise says what the connection would have returned. No socket, no server, no timing.
@Suite("RESP replies through RedisChannelHandler in an EmbeddedChannel")
struct RedisChannelHandlerTests {
    /// A channel holding just the handler.
    private func makeChannel(limits: RESPParserLimits = RESPParserLimits()) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(RedisChannelHandler(limits: limits))
        return channel
    }

    /// Writes `command` and returns the future of its reply.
    private func send(_ command: [RedisArgument], on channel: EmbeddedChannel, timeout: Duration? = nil) throws
        -> EventLoopFuture<RESPValue>
    {
        var encoded = ByteBuffer()
        RESPEncoder.encode(command: command, into: &encoded)
        let promise = channel.eventLoop.makePromise(of: RESPValue.self)
        let request = RedisRequest(
            encoded: encoded, command: command.first?.text.uppercased() ?? "", timeout: timeout, promise: promise)
        try channel.writeOutbound(request)
        return promise.futureResult
    }

    /// The outcome of a future the embedded loop has already completed (or nil while it is pending).
    private func outcome(_ future: EventLoopFuture<RESPValue>) -> Result<RESPValue, any Error>? {
        var result: Result<RESPValue, any Error>?
        future.whenComplete { result = $0 }
        return result
    }

    /// The error a future the embedded loop has already failed carries (nil while pending or succeeded).
    private func failure(_ future: EventLoopFuture<RESPValue>) -> RedisError? {
        guard case .failure(let error)? = outcome(future) else { return nil }
        return error as? RedisError
    }

    /// Feeds `wire` to the channel in pieces of `pieceSize` bytes.
    private func receive(_ wire: String, on channel: EmbeddedChannel, pieceSize: Int = .max) throws {
        let bytes = Array(wire.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + min(pieceSize, bytes.count))
            try channel.writeInbound(ByteBuffer(bytes: bytes[start..<end]))
            start = end
        }
    }

    @Test("the command leaves the channel as RESP bytes")
    func commandIsEncoded() throws {
        let channel = try makeChannel()
        _ = try send(["SET", "k", "v"], on: channel)
        let written = try #require(try channel.readOutbound(as: ByteBuffer.self))
        #expect(String(buffer: written) == "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$1\r\nv\r\n")
        _ = try? channel.finish()
    }

    @Test("pipelined replies split anywhere complete their requests in order", arguments: [1, 2, 3, 5, 64])
    func pipelinedRepliesInAnySplit(pieceSize: Int) throws {
        let channel = try makeChannel()
        let ping = try send(["PING"], on: channel)
        let get = try send(["GET", "k"], on: channel)
        let incr = try send(["INCR", "n"], on: channel)
        let scan = try send(["LRANGE", "l", "0", "-1"], on: channel)
        try receive("+PONG\r\n$5\r\nhello\r\n:42\r\n*2\r\n$1\r\na\r\n$-1\r\n", on: channel, pieceSize: pieceSize)
        #expect(try outcome(ping)?.get() == .simpleString("PONG"))
        #expect(try outcome(get)?.get() == .bulkString(ByteBuffer(string: "hello")))
        #expect(try outcome(incr)?.get() == .integer(42))
        #expect(try outcome(scan)?.get() == .array([.bulkString(ByteBuffer(string: "a")), .bulkString(nil)]))
        _ = try? channel.finish()
    }

    @Test("a reply that is not complete yet leaves its request waiting")
    func partialReplyWaits() throws {
        let channel = try makeChannel()
        let get = try send(["GET", "k"], on: channel)
        try receive("$5\r\nhel", on: channel)
        #expect(outcome(get) == nil)
        try receive("lo\r\n", on: channel)
        #expect(try outcome(get)?.get() == .bulkString(ByteBuffer(string: "hello")))
        _ = try? channel.finish()
    }

    @Test("an error reply is a value, so the pipeline behind it stays in step")
    func errorReplyKeepsThePipeline() throws {
        let channel = try makeChannel()
        let bad = try send(["INCR", "text"], on: channel)
        let next = try send(["PING"], on: channel)
        try receive("-ERR value is not an integer\r\n+PONG\r\n", on: channel)
        #expect(try outcome(bad)?.get() == .error("ERR value is not an integer"))
        #expect(try outcome(next)?.get() == .simpleString("PONG"))
        _ = try? channel.finish()
    }

    @Test("bytes that are not RESP close the connection and fail every waiting request")
    func protocolViolationClosesAndFailsAll() throws {
        let channel = try makeChannel()
        let first = try send(["PING"], on: channel)
        let second = try send(["PING"], on: channel)
        try receive("?what\r\n", on: channel)
        let violation = RedisError.protocolViolation(RESPProtocolError(.unknownTypeByte(UInt8(ascii: "?")), streamOffset: 0))
        #expect(failure(first) == violation)
        #expect(failure(second) == violation)
        #expect(!channel.isActive)
    }

    @Test("a bulk string over the parser's limit is refused before it is buffered")
    func bulkStringOverTheLimit() throws {
        let channel = try makeChannel(limits: RESPParserLimits(maxBulkStringLength: 4))
        let get = try send(["GET", "k"], on: channel)
        try receive("$5\r\n", on: channel)
        #expect(failure(get) == .protocolViolation(RESPProtocolError(.bulkStringTooLong(length: 5, limit: 4), streamOffset: 0)))
    }

    @Test("a server that closes fails what was still waiting")
    func serverCloseFailsWaitingRequests() throws {
        let channel = try makeChannel()
        let answered = try send(["PING"], on: channel)
        let waiting = try send(["PING"], on: channel)
        try receive("+PONG\r\n", on: channel)
        channel.pipeline.fireChannelInactive()
        #expect(try outcome(answered)?.get() == .simpleString("PONG"))
        #expect(failure(waiting) == .connectionClosed(reason: "closed by the server or the network"))
    }

    @Test("a reply later than the command timeout fails the request and closes the connection")
    func commandTimeout() throws {
        let channel = try makeChannel()
        let slow = try send(["BLPOP", "q", "0"], on: channel, timeout: .milliseconds(100))
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(99))
        #expect(outcome(slow) == nil)
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(1))
        #expect(failure(slow) == .commandTimeout(command: "BLPOP", after: .milliseconds(100)))
        #expect(!channel.isActive)
    }
}
