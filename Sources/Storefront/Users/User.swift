import Foundation

/// A stored account. The hash stays on this type; `UserResponse` is what leaves the server.
struct User: Sendable, Equatable {
    var id: UUID
    var email: String
    var name: String
    var passwordHash: String
    var role: Role
    var createdAt: Date
    var updatedAt: Date
}
