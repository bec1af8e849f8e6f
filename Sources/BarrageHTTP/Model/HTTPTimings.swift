/// The phases of one request in k6's sense, so reports read like k6's. All values are
/// nanoseconds: they feed HDR histograms directly, with no conversion on the hot path.
public struct HTTPTimings: Sendable, Hashable {
    /// Waiting before the request could start (connection hand-off); about 0 when reused.
    public var blocked: UInt64
    /// TCP connect time; 0 when the request reused an open connection.
    public var connecting: UInt64
    /// TLS handshake time; 0 for plain HTTP and for reused connections.
    public var tlsHandshaking: UInt64
    /// Writing the request to the socket.
    public var sending: UInt64
    /// From the request written to the first response byte (time to first byte).
    public var waiting: UInt64
    /// From the first response byte to the last.
    public var receiving: UInt64

    /// Creates timings; every phase defaults to zero.
    public init(
        blocked: UInt64 = 0,
        connecting: UInt64 = 0,
        tlsHandshaking: UInt64 = 0,
        sending: UInt64 = 0,
        waiting: UInt64 = 0,
        receiving: UInt64 = 0
    ) {
        self.blocked = blocked
        self.connecting = connecting
        self.tlsHandshaking = tlsHandshaking
        self.sending = sending
        self.waiting = waiting
        self.receiving = receiving
    }

    /// k6's `http_req_duration`: the request's own time, excluding connection setup.
    public var duration: UInt64 { sending + waiting + receiving }
}
