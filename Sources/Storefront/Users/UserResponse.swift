import Foundation
import Hummingbird

/// The public view of a user. It has no password field at all, so a hash cannot be serialised by mistake.
struct UserResponse: ResponseEncodable, Decodable, Equatable, Sendable {
    var id: UUID
    var email: String
    var name: String
    var role: Role
    var createdAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, email, name, role
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(_ user: User) {
        id = user.id
        email = user.email
        name = user.name
        role = user.role
        createdAt = user.createdAt
        updatedAt = user.updatedAt
    }
}
