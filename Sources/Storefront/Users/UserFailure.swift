import Foundation

/// What the user store refuses, with the values that explain it; the HTTP layer decides the status
/// (`APIError.init(_:)`), so the store knows nothing of HTTP.
enum UserFailure: Error, Sendable, Hashable {
    /// Another account already has this (normalised) email.
    case emailTaken(email: String)
    /// No account has this id (deleted since its token was issued).
    case notFound(id: UUID)
}
