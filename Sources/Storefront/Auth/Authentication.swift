/// What the authenticator learned from a request's `Authorization` header, decided once per request and
/// carried in the context: the rate limiter keys on `user`, and authenticated routes turn anything but
/// `.verified` into their 401 without looking at the header again.
enum Authentication: Sendable, Hashable {
    /// No `Authorization` header.
    case anonymous
    /// A verified bearer token.
    case verified(AuthenticatedUser)
    /// A header that proves nothing, and why.
    case refused(TokenRejection)

    /// The verified caller, if any.
    var user: AuthenticatedUser? {
        if case .verified(let user) = self { return user }
        return nil
    }
}
