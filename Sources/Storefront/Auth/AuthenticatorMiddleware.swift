import Hummingbird

/// The one place a request's token is checked: runs before the rate limiter, verifies a bearer token once
/// and records the outcome in the context (`Authentication`). It refuses nothing itself, since public routes
/// ignore a bad token; routes that need a caller get an `AuthenticatedRequestContext`, whose creation turns
/// a missing or refused token into the 401.
struct AuthenticatorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let tokens: TokenService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            return try await next(request, context)
        }
        var context = context
        context.authentication = await authenticate(header: header)
        return try await next(request, context)
    }

    /// The outcome for an `Authorization` header: a verified caller or the reason it proves nothing.
    func authenticate(header: String) async -> Authentication {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else {
            return .refused(.malformedHeader)
        }
        do {
            return .verified(try await tokens.verify(String(parts[1])))
        } catch {
            return .refused(error)
        }
    }
}
