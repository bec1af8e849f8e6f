import Hummingbird

/// Lets a request through only when the authenticated caller has one of `allowed`; placed after
/// `AuthenticationMiddleware`, so a missing identity is 401 and a wrong role 403.
struct RoleMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let allowed: Set<Role>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let identity = context.identity else { throw APIError.unauthorized() }
        guard allowed.contains(identity.role) else { throw APIError.forbidden }
        return try await next(request, context)
    }
}
