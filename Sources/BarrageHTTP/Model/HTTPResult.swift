/// What one `execute` produced. Failures are results, not thrown errors, because a
/// load test records them like any other sample and carries on.
public struct HTTPResult: Sendable {
    /// The response status; nil exactly when `failure` is set.
    public var status: Int?
    /// Response headers, decoded only when read.
    public var headers: HTTPResponseHeaders
    /// The first `maxBodyBytes` bytes of the body (after de-chunking); empty for a status below 400 when
    /// the request said nothing reads its body (``HTTPRequest/readsBody``).
    public var body: [UInt8]
    /// Every body byte received, including those not kept.
    public var bodyLength: Int
    /// Phase timings, filled as far as the exchange got.
    public var timings: HTTPTimings
    /// Bytes written for this request (head and body), for `data_sent`.
    public var bytesSent: Int
    /// Bytes read for this response (head, framing and body), for `data_received`.
    public var bytesReceived: Int
    /// Set when the exchange failed below HTTP; HTTP error statuses are not failures here.
    public var failure: HTTPFailure?

    /// Creates a result; the engine builds these, tests and adapters may too.
    public init(
        status: Int?,
        headers: HTTPResponseHeaders = HTTPResponseHeaders(),
        body: [UInt8] = [],
        bodyLength: Int = 0,
        timings: HTTPTimings = HTTPTimings(),
        bytesSent: Int = 0,
        bytesReceived: Int = 0,
        failure: HTTPFailure? = nil
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.bodyLength = bodyLength
        self.timings = timings
        self.bytesSent = bytesSent
        self.bytesReceived = bytesReceived
        self.failure = failure
    }
}
