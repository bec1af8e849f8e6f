import Testing

@testable import Storefront

/// WEBHOOK_* and PARTNER* variables: defaults and start-up validation.
struct IntegrationSettingsTests {
    private func configuration(_ values: [ConfigurationKey: String]) throws(ConfigurationError) -> StorefrontConfiguration {
        var all: [ConfigurationKey: String] = [.jwtSecret: "test-secret-0123456789-abcdefghijklmnop"]
        all.merge(values) { _, new in new }
        return try StorefrontConfiguration(values: all)
    }

    @Test func theDefaultsAreTheTemplates() throws {
        let configuration = try configuration([:])
        #expect(configuration.partners.url == "http://127.0.0.1:18090")
        #expect(configuration.partners.timeout == .seconds(10))
        #expect(configuration.partners.retryPolicy.maxRetries == 3)
        #expect(configuration.partners.breaker == CircuitBreakerConfiguration(failureThreshold: 5, openDuration: .seconds(30)))
        #expect(configuration.webhooks.tolerance == .seconds(300))
        #expect(configuration.webhooks.perHour == 1000)
        #expect(configuration.webhooks.secrets.isEmpty)
    }

    @Test func everyListedSecretIsActive() throws {
        let configuration = try configuration([.webhookSecrets: "whsec_bmV3LWtleQ==, whsec_b2xkLWtleQ=="])
        #expect(configuration.webhooks.secrets.map(\.key) == [Array("new-key".utf8), Array("old-key".utf8)])
    }

    @Test func aMalformedSecretStopsStartUpNamingItsPosition() {
        #expect(throws: ConfigurationError(problems: [.init(key: .webhookSecrets, reason: "secret #2 must be whsec_ followed by a base64 key")])) {
            try configuration([.webhookSecrets: "whsec_bmV3LWtleQ==,plaintext"])
        }
    }

    @Test func aPartnersURLThatIsNotHTTPIsRefused() {
        #expect(throws: ConfigurationError.self) { try configuration([.partnersURL: "ftp://127.0.0.1"]) }
    }

    @Test func aZeroBreakerThresholdIsRefused() {
        #expect(throws: ConfigurationError.self) { try configuration([.partnerBreakerFailures: "0"]) }
    }
}
