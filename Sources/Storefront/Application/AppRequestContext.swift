import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage plus the authenticated caller, typed, so a handler
/// behind `AuthenticationMiddleware` reads `requireIdentity()` instead of untyped storage.
public struct AppRequestContext: RequestContext {
    /// Hummingbird's own per-request values.
    public var coreContext: CoreRequestContextStorage
    /// Set by `AuthenticationMiddleware`; nil on public routes.
    public var identity: AuthenticatedUser?
    /// Largest body a handler will read; set from MAX_BODY_SIZE by `BodyLimitMiddleware`.
    public var bodyLimit: Int
    /// The peer of the connection (a proxy, when behind one); the rate limiter's key for anonymous callers.
    public let remoteAddress: SocketAddress?

    /// Creates the context for a new request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.bodyLimit = 1 << 20
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Bodies above this are refused with 413.
    public var maxUploadSize: Int { bodyLimit }

    /// The caller, or `UNAUTHORIZED` if the route was mistakenly registered without authentication.
    func requireIdentity() throws(APIError) -> AuthenticatedUser {
        guard let identity else { throw APIError.unauthorized() }
        return identity
    }
}
