/// Everything measured about one finished HTTP request, recorded in one call under one lock.
///
/// One request feeds eleven metrics (`http_reqs`, the seven timing trends, `http_req_failed`,
/// `data_sent`, `data_received`); passing them together keeps the runner's hot path to a single
/// lock acquisition and a single tag lookup. Times are milliseconds.
public struct HTTPRequestSample: Sendable {
    /// The request's tags (`name`, `method`, `status`, `scenario`, …).
    public var tags: TagSet
    /// Time waiting for a free connection or slot before the request could start.
    public var blocked: Double
    /// TCP connect time; 0 on a reused connection.
    public var connecting: Double
    /// TLS handshake time; 0 without TLS or on a reused connection.
    public var tlsHandshaking: Double
    /// Time writing the request.
    public var sending: Double
    /// Time to first byte after the request was written.
    public var waiting: Double
    /// Time reading the response after its first byte.
    public var receiving: Double
    /// `http_req_duration`: sending + waiting + receiving unless the runner measured it otherwise
    /// (an arrival-rate executor measures the first request from the iteration's intended start).
    public var duration: Double
    /// Whether the request counts as failed (network error, or a status outside the expected ones).
    public var failed: Bool
    /// Bytes written, headers included.
    public var bytesSent: UInt64
    /// Bytes read, headers included.
    public var bytesReceived: UInt64
    /// When the request finished; places it in the per-second series.
    public var completedAt: ContinuousClock.Instant

    /// Creates a sample; `duration` defaults to sending + waiting + receiving.
    public init(
        tags: TagSet,
        blocked: Double = 0,
        connecting: Double = 0,
        tlsHandshaking: Double = 0,
        sending: Double,
        waiting: Double,
        receiving: Double,
        duration: Double? = nil,
        failed: Bool,
        bytesSent: UInt64,
        bytesReceived: UInt64,
        completedAt: ContinuousClock.Instant
    ) {
        self.tags = tags
        self.blocked = blocked
        self.connecting = connecting
        self.tlsHandshaking = tlsHandshaking
        self.sending = sending
        self.waiting = waiting
        self.receiving = receiving
        self.duration = duration ?? (sending + waiting + receiving)
        self.failed = failed
        self.bytesSent = bytesSent
        self.bytesReceived = bytesReceived
        self.completedAt = completedAt
    }

    /// The metrics one request feeds.
    static let metrics: [BuiltinMetric] = [
        .httpReqs, .httpReqDuration, .httpReqBlocked, .httpReqConnecting, .httpReqTLSHandshaking,
        .httpReqSending, .httpReqWaiting, .httpReqReceiving, .httpReqFailed, .dataSent, .dataReceived,
    ]

    /// The sample value this request contributes to `metric`, or `nil` if it contributes none.
    func value(for metric: BuiltinMetric) -> Double? {
        switch metric {
        case .httpReqs: 1
        case .httpReqDuration: duration
        case .httpReqBlocked: blocked
        case .httpReqConnecting: connecting
        case .httpReqTLSHandshaking: tlsHandshaking
        case .httpReqSending: sending
        case .httpReqWaiting: waiting
        case .httpReqReceiving: receiving
        case .httpReqFailed: failed ? 1 : 0
        case .dataSent: Double(bytesSent)
        case .dataReceived: Double(bytesReceived)
        default: nil
        }
    }
}
