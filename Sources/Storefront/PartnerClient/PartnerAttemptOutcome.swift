/// How one attempt ended, as the `storefront_partner_calls_total` outcome label names it.
public enum PartnerAttemptOutcome: String, Sendable, Hashable {
    /// A 2xx answer.
    case success
    /// A 5xx answer.
    case serverError = "server_error"
    /// A 429 answer.
    case rateLimited = "rate_limited"
    /// Another 4xx answer (not retried).
    case clientError = "client_error"
    /// No answer within the timeout.
    case timeout
    /// The connection failed.
    case networkError = "network_error"
    /// Not sent: the breaker was open.
    case shortCircuited = "short_circuited"

    init(_ failure: AttemptFailure) {
        switch failure {
        case .network: self = .networkError
        case .timeout: self = .timeout
        case .status(429, _): self = .rateLimited
        case .status(let code, _) where code >= 500: self = .serverError
        case .status: self = .clientError
        }
    }
}
