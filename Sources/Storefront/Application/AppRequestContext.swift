import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage plus what the server's middleware
/// learned, typed. Routes that need a caller run on `AuthenticatedRequestContext` instead, created from
/// this one.
public struct AppRequestContext: RequestContext {
    /// Hummingbird's own per-request values.
    public var coreContext: CoreRequestContextStorage
    /// Set once by `AuthenticatorMiddleware`; `.anonymous` without an `Authorization` header.
    var authentication: Authentication
    /// Largest body a handler will read; set from MAX_BODY_SIZE by `BodyLimitMiddleware`.
    public var bodyLimit: Int
    /// The peer of the connection (a proxy, when behind one); the rate limiter's key for anonymous callers.
    public let remoteAddress: SocketAddress?

    /// Creates the context for a new request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.authentication = .anonymous
        self.bodyLimit = 1 << 20
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Bodies above this are refused with 413.
    public var maxUploadSize: Int { bodyLimit }
}
