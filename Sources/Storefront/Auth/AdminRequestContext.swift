import Hummingbird

/// The context of an admin-only route: exists only for a verified caller with the admin role, so a
/// missing token is 401 (from `AuthenticatedRequestContext`) and another role 403.
struct AdminRequestContext: ChildRequestContext {
    typealias ParentContext = AuthenticatedRequestContext

    /// The authenticated context it narrows; everything else is read through it.
    private var authenticated: AuthenticatedRequestContext

    /// The admin's context, or `FORBIDDEN` for any other role.
    init(context: AuthenticatedRequestContext) throws {
        guard context.identity.role == .admin else { throw APIError.forbidden }
        authenticated = context
    }

    /// Hummingbird's own per-request values.
    var coreContext: CoreRequestContextStorage {
        get { authenticated.coreContext }
        set { authenticated.coreContext = newValue }
    }

    /// The verified admin.
    var identity: AuthenticatedUser { authenticated.identity }

    /// Bodies above this are refused with 413.
    var maxUploadSize: Int { authenticated.maxUploadSize }
}
