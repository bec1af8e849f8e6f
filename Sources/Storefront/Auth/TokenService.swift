import Foundation
import JWTKit
import Prometheus

/// Issues and checks HS256 tokens with the configured secret, issuer, audience and lifetime. Only HS256 is
/// registered, so `alg: none` or any other algorithm fails verification.
struct TokenService: Sendable {
    private let keys: JWTKeyCollection
    private let settings: StorefrontConfiguration.JWTSettings
    private let metrics: AuthMetrics

    /// `metrics` counts every check; tools that only issue tokens can leave it to a private registry.
    init(settings: StorefrontConfiguration.JWTSettings, metrics: AuthMetrics = AuthMetrics(registry: PrometheusCollectorRegistry())) async {
        self.settings = settings
        self.metrics = metrics
        self.keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: settings.secret), digestAlgorithm: .sha256)
    }

    /// A signed token for `user`, valid from `now` for the configured expiry.
    func issue(for user: AuthenticatedUser, now: Date = Date()) async throws -> IssuedToken {
        let expiresAt = now.addingTimeInterval(settings.expiry / .seconds(1))
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

    /// The caller proven by `token`, or why it proves nothing (tampered, expired, foreign).
    func verify(_ token: String) async throws(TokenRejection) -> AuthenticatedUser {
        do {
            let user = try await check(token)
            metrics.verified.increment()
            return user
        } catch {
            metrics.refused.increment()
            throw error
        }
    }

    private func check(_ token: String) async throws(TokenRejection) -> AuthenticatedUser {
        let payload: TokenPayload
        do {
            payload = try await keys.verify(token, as: TokenPayload.self)
        } catch let error as JWTError where error.errorType == .claimVerificationFailure {
            throw .expired
        } catch {
            throw .invalid
        }
        try payload.verify(.init(issuer: settings.issuer, audience: settings.audience))
        guard let id = UUID(uuidString: payload.sub.value) else { throw .invalid }
        return AuthenticatedUser(id: id, role: payload.role)
    }
}

/// A token and when it stops being accepted.
struct IssuedToken: Sendable {
    var token: String
    var expiresAt: Date
}
