import NIOCore
import NIOHTTP1

/// Serves one connection: collects each request, maps it to a ``TestRoute`` and
/// performs it. Delays are scheduled on the channel's loop, never slept, so one
/// thread serves thousands of slow requests.
final class TestServerHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let state: TestServerState
    private var requestHead: HTTPRequestHead?
    private var requestBody = ByteBuffer()

    init(state: TestServerState) {
        self.state = state
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch Self.unwrapInboundIn(data) {
        case .head(let head):
            requestHead = head
            requestBody.clear()
        case .body(var chunk):
            requestBody.writeBuffer(&chunk)
        case .end:
            guard let head = requestHead else { return }
            requestHead = nil
            state.countRequest()
            serve(TestRoute(target: head.uri), for: head, context: context)
        }
    }

    private func serve(_ route: TestRoute, for request: HTTPRequestHead, context: ChannelHandlerContext) {
        let keepAlive = request.isKeepAlive
        var response = TestResponse(status: 200, body: "ok", omitsBody: request.method == .HEAD)
        var delay = TimeAmount.zero
        switch route {
        case .root:
            break
        case .delay(let milliseconds):
            delay = .milliseconds(Int64(milliseconds))
        case .stepped(let steps, let every, let sent):
            delay = state.steppedDelay(steps, every: every, sentMilliseconds: sent)
        case .status(let status):
            response.status = status
            response.body = "status \(status)"
        case .json:
            response.setJSON(TestResponses.json)
        case .products:
            response.setJSON(TestResponses.products)
        case .catalogue(let count):
            response.setJSON(TestResponses.catalogue(count))
        case .echo:
            response.setJSON(echo(request))
        case .header(let name, let value):
            response.headers.append((name, value))
        case .close:
            response.closesConnection = true
        case .notFound:
            response.status = 404
            response.body = "not found"
        case .drop:
            return afterDelay(.zero, context: context) { context.close(promise: nil) }
        case .reset:
            return afterDelay(.zero, context: context) { self.reset(context) }
        case .slowBody(let milliseconds):
            return afterDelay(.zero, context: context) {
                self.writeSlowBody(after: .milliseconds(Int64(milliseconds)), keepAlive: keepAlive, context: context)
            }
        case .chunked(let count):
            return afterDelay(.zero, context: context) {
                self.writeChunked(count: count, keepAlive: keepAlive, context: context)
            }
        case .http10:
            return afterDelay(.zero, context: context) { self.writeHTTP10(context: context) }
        case .idleClose(let milliseconds):
            context.eventLoop.assumeIsolated().scheduleTask(in: .milliseconds(Int64(milliseconds))) {
                context.close(promise: nil)
            }
        }
        afterDelay(delay, context: context) {
            self.write(response, keepAlive: keepAlive && !response.closesConnection, context: context)
        }
    }

    /// Runs `work` after `delay`, or later if the server is stalled.
    private func afterDelay(_ delay: TimeAmount, context: ChannelHandlerContext, _ work: @escaping () -> Void) {
        let wait = state.responseDelay(delay)
        if wait <= .zero {
            work()
        } else {
            context.eventLoop.assumeIsolated().scheduleTask(in: wait, work)
        }
    }

    private func echo(_ request: HTTPRequestHead) -> String {
        let headers = request.headers
            .map { "[\(TestResponses.jsonString($0.name)),\(TestResponses.jsonString($0.value))]" }
            .joined(separator: ",")
        return #"{"method":\#(TestResponses.jsonString(request.method.rawValue)),"#
            + #""uri":\#(TestResponses.jsonString(request.uri)),"#
            + #""headers":[\#(headers)],"#
            + #""body":\#(TestResponses.jsonString(String(buffer: requestBody)))}"#
    }
}

@available(*, unavailable)
extension TestServerHandler: Sendable {}
