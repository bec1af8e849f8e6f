import Crypto
import Foundation

/// Computes and checks Standard Webhooks signatures: base64 HMAC-SHA256 over `"{id}.{timestamp}.{body}"`.
/// The verifier, the simulator and the `send-webhook` command share it, so both ends agree on the bytes signed.
public struct WebhookSigner: Sendable {
    /// The key to sign with.
    public var secret: WebhookSecret

    /// Creates a signer.
    public init(secret: WebhookSecret) {
        self.secret = secret
    }

    /// The `webhook-signature` header value: `v1,<base64>`.
    public func signatureHeader(id: String, timestamp: String, body: [UInt8]) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Self.signedContent(id: id, timestamp: timestamp, body: body), using: key)
        return "v1," + Data(mac).base64EncodedString()
    }

    /// Whether `mac` is this secret's signature of the content, compared in constant time by swift-crypto.
    public func isValid(_ mac: [UInt8], id: String, timestamp: String, body: [UInt8]) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Self.signedContent(id: id, timestamp: timestamp, body: body), using: key)
    }

    private var key: SymmetricKey { SymmetricKey(data: secret.key) }

    private static func signedContent(id: String, timestamp: String, body: [UInt8]) -> [UInt8] {
        Array("\(id).\(timestamp).".utf8) + body
    }
}
