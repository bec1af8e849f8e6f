import NIOCore

/// The NIO handler of one Redis connection: writes encoded requests, parses replies and hands
/// each to the oldest waiting request; `RedisPipelineStateMachine` decides, this class performs.
final class RedisChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = RedisRequest
    typealias OutboundOut = ByteBuffer

    private var machine = RedisPipelineStateMachine<RedisRequest>()
    private var parser: RESPParser
    private var timers: [UInt64: Scheduled<Void>] = [:]
    private var context: ChannelHandlerContext?

    init(limits: RESPParserLimits = RESPParserLimits()) {
        parser = RESPParser(limits: limits)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        fail(machine.close(because: .connectionClosed(reason: "handler removed")))
        self.context = nil
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        switch machine.send(request, command: request.command) {
        case .fail(let error):
            request.promise.fail(error)
            promise?.fail(error)
        case .write(let id):
            if let timeout = request.timeout {
                let handler = NIOLoopBound(self, eventLoop: context.eventLoop)
                timers[id] = context.eventLoop.scheduleTask(in: TimeAmount(timeout)) {
                    handler.value.timerFired(id: id, after: timeout)
                }
            }
            context.write(wrapOutboundOut(request.encoded), promise: promise)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        parser.feed(unwrapInboundIn(data))
        while !machine.isClosed {
            let reply: RESPValue?
            do {
                reply = try parser.next()
            } catch {
                closeConnection(because: .protocolViolation(error))
                return
            }
            guard let reply else { return }
            switch machine.replyReceived() {
            case .complete(let request, let id):
                timers.removeValue(forKey: id)?.cancel()
                request.promise.succeed(reply)
            case .closeConnection(_, let failing):
                context.close(promise: nil)
                fail(failing)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        fail(machine.close(because: .connectionClosed(reason: "closed by the server or the network")))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        closeConnection(because: .connectionClosed(reason: "\(error)"))
    }

    private func timerFired(id: UInt64, after timeout: Duration) {
        timers[id] = nil
        guard case .closeConnection(let failing) = machine.timedOut(id: id, after: timeout) else { return }
        context?.close(promise: nil)
        fail(failing)
    }

    /// Closes before failing anyone, so a caller woken by the failure already sees the connection inactive.
    private func closeConnection(because error: RedisError) {
        let failing = machine.close(because: error)
        context?.close(promise: nil)
        fail(failing)
    }

    /// Fails requests the machine gave up on; it only does so when closing, so no timer is needed any more.
    private func fail(_ requests: [(RedisRequest, RedisError)]) {
        for timer in timers.values {
            timer.cancel()
        }
        timers.removeAll()
        for (request, error) in requests {
            request.promise.fail(error)
        }
    }
}
