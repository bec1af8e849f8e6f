/// Why a webhook delivery was refused with 401; logged with the reason, while the client only learns that
/// it was not accepted (telling an attacker which check failed would help them).
public enum WebhookRejection: Error, Sendable, Hashable, CustomStringConvertible {
    /// A required header is absent or empty.
    case missingHeader(String)
    /// `webhook-id` is longer than the store accepts.
    case idTooLong(Int)
    /// `webhook-timestamp` is not an integer number of seconds.
    case malformedTimestamp(String)
    /// The timestamp is further from now than the tolerance (replayed, or a wrong clock).
    case timestampOutsideTolerance(skewSeconds: Int64)
    /// No `v1` signature matched any active secret.
    case noMatchingSignature
    /// No secret is configured (`WEBHOOK_SECRETS` is empty), so nothing can be verified.
    case noSecretsConfigured

    /// A one-line reason for the log.
    public var description: String {
        switch self {
        case .missingHeader(let name): "missing header \(name)"
        case .idTooLong(let length): "webhook-id is \(length) characters long"
        case .malformedTimestamp(let text): "webhook-timestamp \"\(text.prefix(32))\" is not Unix seconds"
        case .timestampOutsideTolerance(let skew): "timestamp is \(skew) s away from now"
        case .noMatchingSignature: "no signature matches an active secret"
        case .noSecretsConfigured: "WEBHOOK_SECRETS is empty"
        }
    }
}
