import NIOCore
import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TestServerHandler {
    /// Writes a complete response with `Content-Length`, closing afterwards unless kept alive.
    func write(_ response: TestResponse, keepAlive: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders(response.headers)
        let body = context.channel.allocator.buffer(string: response.body)
        if response.status != 204 && response.status != 304 {
            headers.add(name: "Content-Length", value: String(body.readableBytes))
        }
        if !keepAlive {
            headers.add(name: "Connection", value: "close")
        }
        let status = HTTPResponseStatus(statusCode: response.status)
        context.write(
            Self.wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))),
            promise: nil)
        if response.hasBody {
            context.write(Self.wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        }
        end(keepAlive: keepAlive, context: context)
    }

    /// Sends the head at once and the body after `delay`, to exercise `receiving`.
    func writeSlowBody(after delay: TimeAmount, keepAlive: Bool, context: ChannelHandlerContext) {
        let body = context.channel.allocator.buffer(string: "slow body")
        var headers = HTTPHeaders([("Content-Length", String(body.readableBytes))])
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.writeAndFlush(
            Self.wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))),
            promise: nil)
        context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
            context.write(Self.wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            self.end(keepAlive: keepAlive, context: context)
        }
    }

    /// Sends `count` separately flushed chunks with chunked transfer coding.
    func writeChunked(count: Int, keepAlive: Bool, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.writeAndFlush(
            Self.wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))),
            promise: nil)
        for index in 0..<count {
            let chunk = context.channel.allocator.buffer(string: TestResponses.chunk(index))
            context.writeAndFlush(Self.wrapOutboundOut(.body(.byteBuffer(chunk))), promise: nil)
        }
        end(keepAlive: keepAlive, context: context)
    }

    /// An HTTP/1.0 response without `Content-Length`: the close marks the body's end.
    func writeHTTP10(context: ChannelHandlerContext) {
        let body = context.channel.allocator.buffer(string: TestResponses.http10)
        context.write(Self.wrapOutboundOut(.head(HTTPResponseHead(version: .http1_0, status: .ok))), promise: nil)
        context.write(Self.wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        end(keepAlive: false, context: context)
    }

    /// Aborts the connection with RST (SO_LINGER 0) instead of an orderly FIN.
    func reset(_ context: ChannelHandlerContext) {
        guard let socket = context.channel as? any SocketOptionProvider else {
            context.close(promise: nil)
            return
        }
        socket.setSoLinger(linger(l_onoff: 1, l_linger: 0)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    private func end(keepAlive: Bool, context: ChannelHandlerContext) {
        let written = context.writeAndFlush(Self.wrapOutboundOut(.end(nil)))
        if !keepAlive {
            written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
