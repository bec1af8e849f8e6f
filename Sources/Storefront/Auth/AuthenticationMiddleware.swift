import Hummingbird

/// Requires a valid `Authorization: Bearer <token>` and stores the caller in the context; anything else
/// is `UNAUTHORIZED` before a handler runs. A caller already identified by the rate limiter (which
/// verifies the same token) is not verified twice.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: TokenService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The rate limiter already verified this request's token to key its quota by user.
        if context.identity != nil {
            return try await next(request, context)
        }
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized()
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else {
            throw APIError.unauthorized("The Authorization header must be \"Bearer <token>\".")
        }
        var context = context
        context.identity = try await tokens.verify(String(parts[1]))
        return try await next(request, context)
    }
}
