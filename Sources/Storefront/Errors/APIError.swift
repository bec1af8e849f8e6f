import HTTPTypes

/// The one error type handlers throw: it already holds what the client will see, so nothing internal
/// (SQL, type names, stack traces) can reach a response by accident.
public struct APIError: Error, Sendable, Equatable {
    /// The design's machine-readable code.
    public var code: ErrorCode
    /// A message safe to show to the client.
    public var message: String
    /// Per-field reasons, empty when there are none.
    public var details: [ErrorDetail]
    /// The HTTP status; defaults to the code's, differs only for framework statuses such as 405 and 413.
    public var status: HTTPResponse.Status
    /// Extra response headers, e.g. `Allow` on 405.
    public var headers: HTTPFields

    /// Creates an error whose status follows from its code unless overridden.
    public init(
        _ code: ErrorCode,
        _ message: String,
        details: [ErrorDetail] = [],
        status: HTTPResponse.Status? = nil,
        headers: HTTPFields = [:]
    ) {
        self.code = code
        self.message = message
        self.details = details
        self.status = status ?? code.status
        self.headers = headers
    }
}

extension APIError {
    /// A request that failed validation, with every problem found.
    public static func validation(_ details: [ErrorDetail], message: String = "The request is invalid.") -> APIError {
        APIError(.validationError, message, details: details)
    }

    /// A resource that does not exist or that the caller may not know exists.
    public static func notFound(_ what: String) -> APIError {
        APIError(.resourceNotFound, "\(what) not found.")
    }

    /// Missing or unusable credentials.
    public static func unauthorized(_ message: String = "Authentication is required.") -> APIError {
        APIError(.unauthorized, message)
    }

    /// Valid credentials that lack the needed role.
    public static let forbidden = APIError(.forbidden, "You do not have permission to perform this action.")

    /// The catch-all for failures the client cannot fix; the real cause goes to the log only.
    public static let internalError = APIError(.internalError, "An internal error occurred.")
}
