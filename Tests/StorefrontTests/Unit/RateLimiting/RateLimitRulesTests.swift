import Testing

@testable import Storefront

@Suite struct RateLimitRulesTests {
    private func rules(perMinute: Int = 100, login: Int = 10) -> RateLimitRules {
        var settings = RateLimitSettings()
        settings.perMinute = perMinute
        settings.loginPerMinute = login
        return RateLimitRules(settings: settings)
    }

    @Test func apiRoutesGetTheDefaultPolicy() {
        let policy = rules().policy(method: .get, path: "/api/v1/products")
        #expect(policy == RateLimitPolicy(name: "default", limit: 100, window: .seconds(60)))
    }

    @Test func loginGetsItsStricterPolicy() {
        #expect(rules().policy(method: .post, path: "/api/v1/auth/login")?.limit == 10)
        #expect(rules().policy(method: .post, path: "/api/v1/auth/register")?.name == "default")
    }

    @Test func probesScrapesAndTheWebhookAreExempt() {
        for path in ["/health/live", "/health/ready", "/metrics", "/api/webhooks/partner"] {
            #expect(rules().policy(method: .get, path: path) == nil, "\(path)")
        }
    }

    @Test func zeroPerMinuteDisablesEveryLimitIncludingLogin() {
        #expect(rules(perMinute: 0).policy(method: .get, path: "/api/v1/products") == nil)
        #expect(rules(perMinute: 0).policy(method: .post, path: "/api/v1/auth/login") == nil)
    }

    @Test func zeroLoginLimitFallsBackToTheDefault() {
        #expect(rules(login: 0).policy(method: .post, path: "/api/v1/auth/login")?.name == "default")
    }
}
