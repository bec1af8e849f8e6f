extension APIError {
    /// The 401 for a token the authenticator refused, with a message saying what was wrong.
    init(_ rejection: TokenRejection) {
        switch rejection {
        case .malformedHeader: self = .unauthorized("The Authorization header must be \"Bearer <token>\".")
        case .expired: self = .unauthorized("The token has expired.")
        case .invalid: self = .unauthorized("The token is invalid.")
        case .foreignIssuer: self = .unauthorized("The token was not issued by this server.")
        case .foreignAudience: self = .unauthorized("The token is not meant for this API.")
        }
    }

    /// The answer for a failure of the user store.
    init(_ failure: UserFailure) {
        switch failure {
        case .emailTaken:
            self = APIError(.conflict, "An account with this email already exists.", details: [.init(field: "email", issue: "is taken")])
        case .notFound:
            self = .notFound("User")
        }
    }
}
