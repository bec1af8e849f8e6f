import Foundation
import JWTKit

/// The claims storefront signs: subject, role, issuer, audience, issue and expiry times. `verify` checks
/// expiry, issuer and audience, so a token minted for another service or environment is rejected.
struct TokenPayload: JWTPayload, Equatable {
    var sub: SubjectClaim
    var role: Role
    var iss: IssuerClaim
    var aud: AudienceClaim
    var iat: IssuedAtClaim
    var exp: ExpirationClaim

    /// Filled in by `TokenService` before `verify` runs; not part of the token.
    struct Expectations: Sendable {
        var issuer: String
        var audience: String
    }

    func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
    }

    /// Checks the claims that depend on configuration.
    func verify(_ expectations: Expectations) throws(TokenRejection) {
        guard iss.value == expectations.issuer else { throw .foreignIssuer }
        guard aud.value.contains(expectations.audience) else { throw .foreignAudience }
    }
}
