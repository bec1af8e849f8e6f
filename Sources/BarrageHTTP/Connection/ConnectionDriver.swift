import NIOCore

/// The event-loop-confined state behind an ``HTTPConnection``: the current channel,
/// the request in flight and the timeout timer. Every method runs on `eventLoop`, so
/// none of it needs a lock; channel events reach it through ``ExchangeChannelHandler``.
final class ConnectionDriver {
    /// The state of the transport under the exchanges.
    enum Link {
        case disconnected
        case connecting
        case open(any Channel)
    }

    let eventLoop: any EventLoop
    let connector: ChannelConnector

    var link: Link = .disconnected
    /// Identifies the current channel; events from older channels carry a smaller value and are ignored.
    var generation: UInt64 = 0
    /// The current channel already completed an exchange, so a silent close may be the stale-connection race.
    var channelHasServedRequest = false
    /// The first error the current channel reported, used to classify its close.
    var channelError: (any Error)?
    var exchange: Exchange?
    var timeouts = TimeoutSchedule()
    var isClosed = false
    /// Grows on the first request, then is reused so encoding allocates nothing.
    var requestBuffer = ByteBuffer()

    init(eventLoop: any EventLoop, connector: ChannelConnector) {
        self.eventLoop = eventLoop
        self.connector = connector
    }

    /// Begins an exchange: sends on the open channel or connects first.
    func start(_ request: HTTPRequest, entered: NIODeadline, continuation: UnsafeContinuation<HTTPResult, Never>) {
        guard exchange == nil, !isClosed else {
            let reason = isClosed ? "the connection was closed" : "another request is in flight on this connection"
            continuation.resume(returning: HTTPResult(status: nil, failure: HTTPFailure(.other, reason)))
            return
        }
        let exchange = Exchange(request: request, continuation: continuation, entered: entered)
        self.exchange = exchange
        armTimeout(for: exchange.deadline)
        if case .open(let channel) = link, channel.isActive {
            send(on: channel)
        } else {
            connect()
        }
    }

    /// Closes for good: fails the exchange in flight and closes the channel.
    func close() -> EventLoopFuture<Void> {
        isClosed = true
        finish(failing: HTTPFailure(.other, "the connection was closed by its owner"))
        let closed: EventLoopFuture<Void>
        if case .open(let channel) = link {
            closed = channel.closeFuture
        } else {
            closed = eventLoop.makeSucceededVoidFuture()
        }
        closeLink()
        return closed
    }

    /// Writes the request of the exchange in flight.
    func send(on channel: any Channel) {
        guard let request = exchange?.request else { return }
        let sendingGeneration = generation
        let started = ExchangeClock.now()
        requestBuffer.clear()
        let outcome = HTTPRequestEncoder.encode(
            request, hostHeader: connector.endpoint.hostHeader, into: &requestBuffer)
        exchange?.clock.writeStarted = started
        exchange?.connectionWasReused = channelHasServedRequest
        exchange?.bytesSent = requestBuffer.readableBytes
        if outcome.asksToClose { exchange?.closesConnection = true }
        channel.writeAndFlush(requestBuffer, promise: nil)
        if generation == sendingGeneration {
            exchange?.clock.written = ExchangeClock.now()
        }
    }

    /// Completes the exchange with the response it received.
    func finishWithResponse() {
        guard let exchange = takeExchange() else { return }
        let result = exchange.response(endingAt: ExchangeClock.now())
        if exchange.closesConnection {
            closeLink()
        } else {
            channelHasServedRequest = true
        }
        exchange.continuation.resume(returning: result)
    }

    /// Completes the exchange in flight, if any, with `failure`.
    func finish(failing failure: HTTPFailure) {
        guard let exchange = takeExchange() else { return }
        exchange.continuation.resume(returning: exchange.failure(failure, endingAt: ExchangeClock.now()))
    }

    /// Drops the current channel. The generation moves first so the close's own
    /// events are recognised as stale.
    func closeLink() {
        generation &+= 1
        channelHasServedRequest = false
        channelError = nil
        if case .open(let channel) = link {
            channel.close(promise: nil)
        }
        link = .disconnected
    }

    private func takeExchange() -> Exchange? {
        defer { exchange = nil }
        return exchange
    }
}
