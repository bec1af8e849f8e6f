import Foundation
import Hummingbird

/// `{token, user}` returned by register and login, plus when the token expires.
struct AuthResponse: ResponseEncodable, Decodable, Sendable {
    var token: String
    var tokenType: String
    var expiresAt: Date
    var user: UserResponse

    enum CodingKeys: String, CodingKey {
        case token, user
        case tokenType = "token_type"
        case expiresAt = "expires_at"
    }

    init(token: IssuedToken, user: User) {
        self.token = token.token
        self.tokenType = "Bearer"
        self.expiresAt = token.expiresAt
        self.user = UserResponse(user)
    }
}
