import Foundation

/// Who is calling, as proven by a verified token; lives in the request context so handlers get it typed.
public struct AuthenticatedUser: Sendable, Hashable {
    /// The user's id (`sub`).
    public var id: UUID
    /// The role the token was issued with.
    public var role: Role
}
