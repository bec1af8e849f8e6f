/// Why a request's credentials prove nothing, as the authenticator found it; the HTTP layer turns it into
/// a 401 (`APIError.init(_:)`), so token checking itself knows nothing of HTTP.
enum TokenRejection: Error, Sendable, Hashable {
    /// An `Authorization` header that is not `Bearer <token>`.
    case malformedHeader
    /// A well-formed token past its `exp`.
    case expired
    /// Not a token this server signed: bad signature, `alg: none`, garbage, no usable subject.
    case invalid
    /// Signed with our key but for another issuer.
    case foreignIssuer
    /// Signed with our key but for another audience.
    case foreignAudience
}
