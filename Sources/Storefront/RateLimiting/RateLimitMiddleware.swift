import HTTPTypes
import Hummingbird

/// Enforces the per-client quotas before any handler runs: 429 `RATE_LIMIT_EXCEEDED` with `Retry-After`
/// when spent, and `RateLimit-Policy` / `RateLimit` on every limited response, errors included.
/// Sits after the error middleware, so its 429 has the one error shape.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let rules: RateLimitRules
    let limiter: RateLimiter
    let tokens: TokenService
    let trustedProxies: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let policy = rules.policy(method: request.method, path: request.uri.path) else {
            return try await next(request, context)
        }
        var context = context
        let client = await identify(request, context: &context)
        let decision = await limiter.decide(client, policy: policy)
        var headers = HTTPFields()
        headers[.rateLimitPolicy] = decision.policyHeader(policy: policy.name, window: policy.window)
        headers[.rateLimit] = decision.rateLimitHeader(policy: policy.name)
        if let retryAfter = decision.retryAfterSeconds {
            headers[.retryAfter] = String(retryAfter)
            limiter.metrics.rejected(policy: policy.name)
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

    /// The verified user when the request has a valid bearer token (kept in the context so authentication
    /// does not verify it twice), else the client address.
    private func identify(_ request: Request, context: inout Context) async -> RateLimitClient {
        if let token = request.headers.bearerToken, let user = try? await tokens.verify(token) {
            context.identity = user
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

extension HTTPFields {
    /// The token of an `Authorization: Bearer <token>` header, if that is what the header holds.
    var bearerToken: String? {
        guard let header = self[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else { return nil }
        return String(parts[1])
    }
}
