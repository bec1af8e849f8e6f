import Foundation
import Testing

@testable import Storefront

/// Standard Webhooks verification, event by event, with a fixed clock.
struct WebhookVerifierTests {
    private let secret = WebhookSecret(key: Array("partner-signing-key-0123456789".utf8))
    private let now: Int64 = 1_800_000_000
    private let body = Array(#"{"type":"payment.succeeded","data":{"order_id":"5b0c1f8e-6c1d-4b8a-9f57-2a9d3c1f0e11"}}"#.utf8)

    private func delivery(
        id: String = "evt_1", timestamp: Int64? = nil, signedWith signer: WebhookSecret? = nil, body: [UInt8]? = nil
    ) -> WebhookDelivery {
        let stamp = String(timestamp ?? now)
        let signature = WebhookSigner(secret: signer ?? secret).signatureHeader(id: id, timestamp: stamp, body: self.body)
        return WebhookDelivery(id: id, timestamp: stamp, signature: signature, body: body ?? self.body)
    }

    private func verify(_ delivery: WebhookDelivery, secrets: [WebhookSecret]? = nil) -> Result<WebhookVerifier.Verified, WebhookRejection> {
        Result { () throws(WebhookRejection) in
            try WebhookVerifier(secrets: secrets ?? [secret]).verify(delivery, nowUnixSeconds: now)
        }
    }

    @Test func aCorrectlySignedDeliveryIsAccepted() throws {
        let verified = try verify(delivery()).get()
        #expect(verified.id == "evt_1")
        #expect(verified.timestamp == now)
        #expect(verified.secret == secret)
    }

    @Test func oneChangedBodyByteIsRejected() {
        var tampered = body
        tampered[10] ^= 0x01
        #expect(verify(delivery(body: tampered)) == .failure(.noMatchingSignature))
    }

    @Test func aSignatureMadeWithAnotherSecretIsRejected() {
        let other = WebhookSecret(key: Array("somebody-elses-key".utf8))
        #expect(verify(delivery(signedWith: other)) == .failure(.noMatchingSignature))
    }

    @Test func aChangedEventIdIsRejected() {
        var changed = delivery()
        changed.id = "evt_2"
        #expect(verify(changed) == .failure(.noMatchingSignature))
    }

    @Test func aTimestampOlderThanTheToleranceIsRejected() {
        #expect(verify(delivery(timestamp: now - 301)) == .failure(.timestampOutsideTolerance(skewSeconds: 301)))
    }

    @Test func aTimestampFurtherAheadThanTheToleranceIsRejected() {
        #expect(verify(delivery(timestamp: now + 301)) == .failure(.timestampOutsideTolerance(skewSeconds: -301)))
    }

    @Test func timestampsAtTheToleranceEdgeAreAccepted() {
        #expect((try? verify(delivery(timestamp: now - 300)).get()) != nil)
        #expect((try? verify(delivery(timestamp: now + 300)).get()) != nil)
    }

    @Test func duringRotationEitherActiveSecretMatches() throws {
        let old = WebhookSecret(key: Array("old-key".utf8))
        let verified = try verify(delivery(signedWith: old), secrets: [secret, old]).get()
        #expect(verified.secret == old)
    }

    @Test func anyOfSeveralSignaturesInTheHeaderMayMatch() throws {
        var multiple = delivery()
        multiple.signature = "v1,AAAA v2,whatever " + (multiple.signature ?? "")
        #expect((try? verify(multiple).get()) != nil)
    }

    @Test func missingHeadersAreNamed() {
        var missing = delivery()
        missing.signature = nil
        #expect(verify(missing) == .failure(.missingHeader("webhook-signature")))
        missing = delivery()
        missing.id = ""
        #expect(verify(missing) == .failure(.missingHeader("webhook-id")))
    }

    @Test func aNonNumericTimestampIsRejected() {
        var malformed = delivery()
        malformed.timestamp = "yesterday"
        #expect(verify(malformed) == .failure(.malformedTimestamp("yesterday")))
    }

    @Test func withoutSecretsNothingVerifies() {
        #expect(verify(delivery(), secrets: []) == .failure(.noSecretsConfigured))
    }

    @Test func signaturesMatchTheStandardWebhooksReferenceVector() {
        // The example from the Standard Webhooks specification's reference libraries.
        let secret = WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")!
        let header = WebhookSigner(secret: secret).signatureHeader(
            id: "msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp: "1614265330", body: Array(#"{"test": 2432232314}"#.utf8))
        #expect(header == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }
}
