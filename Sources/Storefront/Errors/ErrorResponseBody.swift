/// The wire shape `{"error":{"code","message","details"}}` shared by every error response.
struct ErrorResponseBody: Codable, Sendable {
    struct Payload: Codable, Sendable {
        var code: ErrorCode
        var message: String
        var details: [ErrorDetail]
    }

    var error: Payload

    init(_ error: APIError) {
        self.error = Payload(code: error.code, message: error.message, details: error.details)
    }
}
