import Hummingbird

/// Maps errors that Hummingbird itself throws (unknown route, body too large, bad input) onto the
/// design's codes, keeping the framework's status where the design has no better one.
struct FrameworkErrorTranslation: Sendable {
    /// The routes the router knows, used to tell "wrong method" from "no such path".
    let routes: RouteTableBox

    func translate(_ error: HTTPError, method: HTTPRequest.Method, path: String) -> APIError {
        switch error.status {
        case .notFound:
            let allowed = routes.value.methods(matching: path)
            if !allowed.isEmpty, !allowed.contains(method) {
                var headers = HTTPFields()
                headers[.allow] = allowed.map(\.rawValue).sorted().joined(separator: ", ")
                return APIError(
                    .validationError,
                    "Method \(method.rawValue) is not allowed on \(path).",
                    status: .methodNotAllowed,
                    headers: headers
                )
            }
            return APIError(.resourceNotFound, "No route matches \(method.rawValue) \(path).")
        case .contentTooLarge:
            return APIError(.validationError, "The request body is too large.", status: .contentTooLarge)
        case .unauthorized:
            return .unauthorized()
        case .forbidden:
            return .forbidden
        case .badRequest, .unsupportedMediaType, .unprocessableContent:
            return APIError(.validationError, "The request is invalid.")
        default:
            if error.status.code >= 500 {
                return .internalError
            }
            return APIError(.validationError, error.status.reasonPhrase, status: error.status)
        }
    }
}
