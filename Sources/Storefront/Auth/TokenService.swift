import Foundation
import JWTKit

/// Issues and checks HS256 tokens with the configured secret, issuer, audience and lifetime. Only HS256 is
/// registered, so `alg: none` or any other algorithm fails verification.
struct TokenService: Sendable {
    private let keys: JWTKeyCollection
    private let settings: StorefrontConfiguration.JWTSettings

    init(settings: StorefrontConfiguration.JWTSettings) async {
        self.settings = settings
        self.keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: settings.secret), digestAlgorithm: .sha256)
    }

    /// A signed token for `user`, valid from `now` for the configured expiry.
    func issue(for user: AuthenticatedUser, now: Date = Date()) async throws -> IssuedToken {
        let expiresAt = now.addingTimeInterval(settings.expiry.seconds)
        let payload = TokenPayload(
            sub: SubjectClaim(value: user.id.uuidString),
            role: user.role,
            iss: IssuerClaim(value: settings.issuer),
            aud: AudienceClaim(value: [settings.audience]),
            iat: IssuedAtClaim(value: now),
            exp: ExpirationClaim(value: expiresAt)
        )
        return IssuedToken(token: try await keys.sign(payload), expiresAt: expiresAt)
    }

    /// The caller proven by `token`, or `UNAUTHORIZED` for anything tampered, expired or foreign.
    func verify(_ token: String) async throws(APIError) -> AuthenticatedUser {
        let payload: TokenPayload
        do {
            payload = try await keys.verify(token, as: TokenPayload.self)
        } catch let error as JWTError where error.errorType == .claimVerificationFailure {
            throw APIError.unauthorized("The token has expired.")
        } catch {
            throw APIError.unauthorized("The token is invalid.")
        }
        try payload.verify(.init(issuer: settings.issuer, audience: settings.audience))
        guard let id = UUID(uuidString: payload.sub.value) else { throw APIError.unauthorized("The token is invalid.") }
        return AuthenticatedUser(id: id, role: payload.role)
    }
}

/// A token and when it stops being accepted.
struct IssuedToken: Sendable {
    var token: String
    var expiresAt: Date
}

extension Duration {
    /// The duration in (fractional) seconds, for `Date` arithmetic.
    var seconds: TimeInterval {
        let parts = components
        return TimeInterval(parts.seconds) + TimeInterval(parts.attoseconds) / 1e18
    }
}
