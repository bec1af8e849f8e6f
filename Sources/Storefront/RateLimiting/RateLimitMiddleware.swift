import HTTPTypes
import Hummingbird

/// Enforces the per-client quotas before any handler runs: 429 `RATE_LIMIT_EXCEEDED` with `Retry-After`
/// when spent, and `RateLimit-Policy` / `RateLimit` on every limited response, errors included.
/// Sits after the error middleware, so its 429 has the one error shape, and after the authenticator, whose
/// verified caller it keys on.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let rules: RateLimitRules
    let limiter: RateLimiter
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let policy = rules.policy(method: request.method, path: request.uri.path) else {
            return try await next(request, context)
        }
        let decision = await limiter.decide(client(of: request, context: context), policy: policy)
        var headers = HTTPFields()
        headers[.rateLimitPolicy] = decision.policyHeader(policy: policy.name, window: policy.window)
        headers[.rateLimit] = decision.rateLimitHeader(policy: policy.name)
        if let retryAfter = decision.retryAfterSeconds {
            headers[.retryAfter] = String(retryAfter)
            throw APIError(.rateLimitExceeded, "Too many requests; retry after \(retryAfter) s.", headers: headers)
        }
        do {
            var response = try await next(request, context)
            response.headers.append(contentsOf: headers)
            return response
        } catch var error as APIError {
            error.headers.append(contentsOf: headers)
            throw error
        }
    }

    /// The user the authenticator verified, else the client address.
    private func client(of request: Request, context: Context) -> RateLimitClient {
        if let user = context.authentication.user {
            return .user(user.id)
        }
        let address = ClientAddress.resolve(
            peer: context.remoteAddress?.ipAddress, forwardedFor: request.headers[.xForwardedFor],
            trustedProxies: trustedProxies)
        return address.map(RateLimitClient.address) ?? .unknown
    }
}

extension HTTPField.Name {
    /// `RateLimit-Policy` (IETF httpapi rate-limit headers draft).
    static let rateLimitPolicy = HTTPField.Name("RateLimit-Policy")!
    /// `RateLimit` (same draft).
    static let rateLimit = HTTPField.Name("RateLimit")!
    /// `X-Forwarded-For`, believed only from TRUSTED_PROXIES.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
