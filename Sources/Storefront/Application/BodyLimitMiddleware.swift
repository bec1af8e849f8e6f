import Hummingbird

/// Applies the configured MAX_BODY_SIZE to the request context, and refuses early a request whose
/// declared Content-Length is already over it.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw HTTPError(.contentTooLarge)
        }
        var context = context
        context.bodyLimit = limit
        return try await next(request, context)
    }
}
