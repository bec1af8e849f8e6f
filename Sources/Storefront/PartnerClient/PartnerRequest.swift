/// One logical call to a partner: every attempt sends the same body and the same `Idempotency-Key`, so
/// a retry after a lost response cannot charge or email twice.
public struct PartnerRequest: Sendable, Hashable {
    /// Who is called.
    public var partner: Partner
    /// JSON body.
    public var body: [UInt8]
    /// Sent as `Idempotency-Key` on every attempt.
    public var idempotencyKey: String

    /// Creates a request.
    public init(partner: Partner, body: [UInt8], idempotencyKey: String) {
        self.partner = partner
        self.body = body
        self.idempotencyKey = idempotencyKey
    }
}

/// A partner's answer to one attempt.
public struct PartnerResponse: Sendable, Hashable {
    /// HTTP status.
    public var status: Int
    /// Its `Retry-After`, parsed, when present.
    public var retryAfter: RetryAfter?
    /// The body.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, retryAfter: RetryAfter? = nil, body: [UInt8] = []) {
        self.status = status
        self.retryAfter = retryAfter
        self.body = body
    }
}
