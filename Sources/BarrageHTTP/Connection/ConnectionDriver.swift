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
    /// The bytes of requests with a ``HTTPRequest/reuseKey`` sent on this connection, so sending one
    /// again is a write of the same buffer. A flow has few steps; the list stops growing at 8.
    var encodedRequests: [EncodedRequest] = []

    /// A request's bytes as last encoded for this connection's host.
    struct EncodedRequest {
        let key: HTTPRequest.ReuseKey
        let bytes: ByteBuffer
        let asksToClose: Bool
    }

    init(eventLoop: any EventLoop, connector: ChannelConnector) {
        self.eventLoop = eventLoop
        self.connector = connector
    }

    /// Begins an exchange: sends on the open channel or connects first. `onLoop` says the caller was
    /// already on this loop, so `entered` is also when the write starts (no hop came between).
    func start(
        _ request: HTTPRequest, entered: NIODeadline, onLoop: Bool, continuation: UnsafeContinuation<HTTPResult, Never>
    ) {
        guard exchange == nil, !isClosed else {
            let reason = isClosed ? "the connection was closed" : "another request is in flight on this connection"
            continuation.resume(returning: HTTPResult(status: nil, failure: HTTPFailure(.other, reason)))
            return
        }
        let exchange = Exchange(request: request, continuation: continuation, entered: entered)
        self.exchange = exchange
        armTimeout(for: exchange.deadline)
        // The link is `.open` only between the channel's connect and its `channelInactive`, both
        // delivered on this loop, so it needs no `isActive` query (a retain and release per request).
        if case .open(let channel) = link {
            send(on: channel, startedAt: onLoop ? entered.uptimeNanoseconds : ExchangeClock.now())
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

    /// Writes the request of the exchange in flight; `started` is when its write began (the
    /// caller's clock reading when it sends at once).
    func send(on channel: any Channel, startedAt started: UInt64 = ExchangeClock.now()) {
        guard exchange != nil else { return }
        let sendingGeneration = generation
        let (bytes, asksToClose) = encodedRequestInFlight()
        exchange?.clock.writeStarted = started
        exchange?.connectionWasReused = channelHasServedRequest
        exchange?.bytesSent = bytes.readableBytes
        if asksToClose { exchange?.closesConnection = true }
        channel.writeAndFlush(bytes, promise: nil)
        if generation == sendingGeneration {
            exchange?.clock.written = ExchangeClock.now()
        }
    }

    /// The bytes of the exchange's request: kept ones for a reusable request sent before, else
    /// freshly encoded. The request is read in place; a copy of it costs a retain and release of
    /// each of its strings and arrays.
    private func encodedRequestInFlight() -> (ByteBuffer, asksToClose: Bool) {
        let key = exchange!.request.reuseKey
        if let key, let known = encodedRequests.first(where: { $0.key === key }) {
            return (known.bytes, known.asksToClose)
        }
        requestBuffer.clear()
        let outcome = HTTPRequestEncoder.encode(
            exchange!.request, hostHeader: connector.endpoint.hostHeader, into: &requestBuffer)
        if let key, encodedRequests.count < 8 {
            // An exact-size copy: sharing `requestBuffer` would keep its spare capacity and make its
            // next `clear()` reallocate.
            var bytes = ByteBuffer()
            bytes.reserveCapacity(requestBuffer.readableBytes)
            bytes.writeImmutableBuffer(requestBuffer)
            encodedRequests.append(EncodedRequest(key: key, bytes: bytes, asksToClose: outcome.asksToClose))
        }
        return (requestBuffer, outcome.asksToClose)
    }

    /// Completes the exchange with the response it received, whose last byte came at `end`.
    func finishWithResponse(endingAt end: UInt64 = ExchangeClock.now()) {
        guard let exchange = takeExchange() else { return }
        let result = exchange.response(endingAt: end)
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

    /// Moves the exchange out (no copy of its request, head and body).
    private func takeExchange() -> Exchange? {
        exchange.take()
    }
}
