import Hummingbird

/// The context of an admin-only route: exists only for a verified caller with the admin role, so a
/// missing token is 401 (from `AuthenticatedRequestContext`) and another role 403.
struct AdminRequestContext: ChildRequestContext {
    typealias ParentContext = AuthenticatedRequestContext

    /// Hummingbird's own per-request values, carried over.
    var coreContext: CoreRequestContextStorage
    /// The verified admin.
    let identity: AuthenticatedUser
    /// Largest body a handler will read (MAX_BODY_SIZE), carried over.
    let bodyLimit: Int

    /// The admin's context, or `FORBIDDEN` for any other role.
    init(context: AuthenticatedRequestContext) throws {
        guard context.identity.role == .admin else { throw APIError.forbidden }
        coreContext = context.coreContext
        identity = context.identity
        bodyLimit = context.bodyLimit
    }

    /// Bodies above this are refused with 413.
    var maxUploadSize: Int { bodyLimit }
}
