/// `POST /auth/register`. Only these fields are read: a `role` or `id` in the body is ignored, so nobody
/// can register as admin.
struct RegisterRequest: Decodable, Sendable {
    var email: String
    var password: String
    var name: String

    /// The email normalised the way it is stored.
    var normalizedEmail: String { email.trimmingCharacters(in: .whitespaces).lowercased() }

    func validate() throws(APIError) {
        var validator = Validator()
        let email = normalizedEmail
        let at = email.firstIndex(of: "@")
        validator.check(
            email.count <= 254 && at != nil && at != email.startIndex && email[at!...].dropFirst().contains(".")
                && !email.contains(" "),
            "email", "must be a valid email address"
        )
        validator.check(password.count >= 8, "password", "must be at least 8 characters")
        validator.check(password.utf8.count <= 72, "password", "must be at most 72 bytes")
        let trimmedName = name.trimmingCharacters(in: .whitespaces)
        validator.check(!trimmedName.isEmpty && trimmedName.count <= 100, "name", "must be 1 to 100 characters")
        try validator.throwIfInvalid()
    }
}

/// `POST /auth/login`.
struct LoginRequest: Decodable, Sendable {
    var email: String
    var password: String
}
