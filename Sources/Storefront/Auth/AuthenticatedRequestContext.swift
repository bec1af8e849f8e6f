import Hummingbird

/// The context of a route that needs a caller: it exists only when the authenticator verified the token,
/// so a handler reads `identity` without any check of its own and cannot be registered on such a route by
/// mistake without one. Created by the router group from the request's `AppRequestContext`.
struct AuthenticatedRequestContext: ChildRequestContext {
    typealias ParentContext = AppRequestContext

    /// Hummingbird's own per-request values, carried over.
    var coreContext: CoreRequestContextStorage
    /// The verified caller.
    let identity: AuthenticatedUser
    /// Largest body a handler will read (MAX_BODY_SIZE), carried over.
    let bodyLimit: Int

    /// The caller's context, or the 401 the authenticator's outcome calls for.
    init(context: AppRequestContext) throws {
        switch context.authentication {
        case .verified(let user): identity = user
        case .anonymous: throw APIError.unauthorized()
        case .refused(let rejection): throw APIError(rejection)
        }
        coreContext = context.coreContext
        bodyLimit = context.bodyLimit
    }

    /// Bodies above this are refused with 413.
    var maxUploadSize: Int { bodyLimit }
}
