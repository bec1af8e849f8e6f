import NIOCore

/// Everything about the one request in flight on a connection: what to send, how far
/// it got, and what came back. A value, so the driver owns it outright and finishing
/// an exchange is moving it out and resuming its continuation exactly once.
struct Exchange {
    let request: HTTPRequest
    let continuation: UnsafeContinuation<HTTPResult, Never>
    let deadline: NIODeadline
    var clock: ExchangeClock
    var parser: HTTPResponseParser

    /// The request went out on a connection that had served a request before.
    var connectionWasReused = false
    /// The stale-connection retry was used up.
    var retried = false
    /// The request or response said the connection ends with this exchange.
    var closesConnection = false

    var head: HTTPResponseHead?
    var body: [UInt8] = []
    var bodyLength = 0
    /// How many body bytes to keep: the request's limit, or none when nothing reads this response's body.
    var bodyBudget = 0
    var bytesSent = 0
    var bytesReceived = 0

    init(request: HTTPRequest, continuation: UnsafeContinuation<HTTPResult, Never>, entered: NIODeadline) {
        self.request = request
        self.continuation = continuation
        self.deadline = entered + TimeAmount(request.timeout)
        self.clock = ExchangeClock(entered: entered.uptimeNanoseconds)
        self.parser = HTTPResponseParser(requestWasHEAD: request.method == "HEAD", keepsHeaders: request.readsHeaders)
    }

    /// Records the head and sizes the body store for it.
    mutating func receive(head: HTTPResponseHead) {
        self.head = head
        if !head.allowsReuse { closesConnection = true }
        bodyBudget = request.readsBody || head.status >= 400 ? request.maxBodyBytes : 0
        let expected = head.contentLength ?? 0
        if bodyBudget > 0, expected > 0 { body.reserveCapacity(min(expected, bodyBudget)) }
    }

    /// Counts a body piece and keeps what fits under the body budget.
    mutating func receive(body piece: ByteBuffer) {
        bodyLength += piece.readableBytes
        let room = bodyBudget - body.count
        guard room > 0 else { return }
        piece.withUnsafeReadableBytes { bytes in
            body.append(contentsOf: bytes.prefix(room))
        }
    }

    /// Forgets the attempt that met a stale connection; its time becomes `blocked`.
    mutating func prepareRetry() {
        retried = true
        clock.restartConnection()
        parser = HTTPResponseParser(requestWasHEAD: request.method == "HEAD", keepsHeaders: request.readsHeaders)
        bytesSent = 0
        bytesReceived = 0
    }

    /// The result of a response that arrived completely.
    func response(endingAt end: UInt64) -> HTTPResult {
        HTTPResult(
            status: head?.status,
            headers: head?.headers ?? HTTPResponseHeaders(),
            body: body,
            bodyLength: bodyLength,
            timings: clock.timings(endingAt: end),
            bytesSent: bytesSent,
            bytesReceived: bytesReceived
        )
    }

    /// The result of an exchange that failed, with the phases it reached.
    func failure(_ failure: HTTPFailure, endingAt end: UInt64) -> HTTPResult {
        HTTPResult(
            status: nil,
            timings: clock.timings(endingAt: end),
            bytesSent: bytesSent,
            bytesReceived: bytesReceived,
            failure: failure
        )
    }
}
