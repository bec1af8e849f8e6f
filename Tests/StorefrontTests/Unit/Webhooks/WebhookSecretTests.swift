import Testing

@testable import Storefront

/// Parsing `whsec_` secrets as `WEBHOOK_SECRETS` writes them.
struct WebhookSecretTests {
    @Test func aWrittenSecretRoundTrips() throws {
        let secret = try #require(WebhookSecret("whsec_c2VjcmV0LWtleQ=="))
        #expect(secret.key == Array("secret-key".utf8))
        #expect(secret.encoded == "whsec_c2VjcmV0LWtleQ==")
    }

    @Test(arguments: ["c2VjcmV0", "whsec_", "whsec_not base64!", "wh_c2VjcmV0"])
    func malformedSecretsAreRefused(_ text: String) {
        #expect(WebhookSecret(text) == nil)
    }

    @Test func theFingerprintNamesTheSecretWithoutRevealingIt() {
        let secret = WebhookSecret(key: Array("secret-key".utf8))
        #expect(secret.fingerprint.count == 16)
        #expect(!secret.fingerprint.contains("secret"))
        #expect(secret.fingerprint != WebhookSecret(key: Array("other-key".utf8)).fingerprint)
    }
}
