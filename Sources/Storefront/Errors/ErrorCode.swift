import HTTPTypes

/// The closed set of machine-readable error codes clients may branch on; each carries its HTTP status so
/// a code can never be sent with the wrong status.
public enum ErrorCode: String, Sendable, Codable, CaseIterable {
    case validationError = "VALIDATION_ERROR"
    case unauthorized = "UNAUTHORIZED"
    case forbidden = "FORBIDDEN"
    case resourceNotFound = "RESOURCE_NOT_FOUND"
    case conflict = "CONFLICT"
    case rateLimitExceeded = "RATE_LIMIT_EXCEEDED"
    case internalError = "INTERNAL_ERROR"
    case serviceUnavailable = "SERVICE_UNAVAILABLE"

    /// The status the design table pairs with this code.
    public var status: HTTPResponse.Status {
        switch self {
        case .validationError: .badRequest
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .resourceNotFound: .notFound
        case .conflict: .conflict
        case .rateLimitExceeded: .tooManyRequests
        case .internalError: .internalServerError
        case .serviceUnavailable: .serviceUnavailable
        }
    }
}
