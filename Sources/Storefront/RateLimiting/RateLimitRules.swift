import HTTPTypes

/// Which policy a request falls under, decided from its method and path alone (no I/O), so the routing
/// of quotas is unit-tested and the middleware stays a thin wrapper.
struct RateLimitRules: Sendable, Equatable {
    /// Path prefixes never limited: probes and scrapes must keep working under load, and the partner
    /// webhook has its own per-partner quota.
    static let exemptPrefixes = ["/health/", "/metrics", "/api/webhooks/"]

    /// The quota of every limited route; nil when RATE_LIMIT_PER_MINUTE is 0 (limiting off).
    let general: RateLimitPolicy?
    /// The stricter quota of `POST /api/v1/auth/login`; nil falls back to `general`.
    let login: RateLimitPolicy?

    /// Builds the rules from the settings: per-minute windows, 0 disabling a policy.
    init(settings: RateLimitSettings) {
        general = settings.perMinute > 0 ? RateLimitPolicy(name: "default", limit: settings.perMinute, window: .seconds(60)) : nil
        login =
            settings.loginPerMinute > 0 && general != nil
            ? RateLimitPolicy(name: "login", limit: settings.loginPerMinute, window: .seconds(60)) : nil
    }

    /// The policy for a request, or nil when it is not limited.
    func policy(method: HTTPRequest.Method, path: String) -> RateLimitPolicy? {
        guard let general else { return nil }
        if Self.exemptPrefixes.contains(where: { path.hasPrefix($0) }) || path == "/health" { return nil }
        if method == .post, path == "/api/v1/auth/login", let login { return login }
        return general
    }
}
