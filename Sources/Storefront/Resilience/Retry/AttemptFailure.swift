/// How one attempt to call a partner failed, as far as retrying is concerned.
public enum AttemptFailure: Sendable, Hashable {
    /// The connection could not be made or broke before a response (refused, reset, DNS).
    case network
    /// No response within the call's timeout.
    case timeout
    /// The partner answered with an error status; `retryAfter` is its parsed `Retry-After`, if any.
    case status(Int, retryAfter: Duration? = nil)

    /// Whether another attempt could succeed: network errors, timeouts, 5xx and 429 yes; any other 4xx never,
    /// because repeating a request the partner rejected as wrong only repeats the rejection.
    public var isRetryable: Bool {
        switch self {
        case .network, .timeout: true
        case .status(let code, _): code == 429 || (500...599).contains(code)
        }
    }

    /// The partner's requested wait, when it sent one.
    public var retryAfter: Duration? {
        if case .status(_, let retryAfter) = self { return retryAfter }
        return nil
    }
}
