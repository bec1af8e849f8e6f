import Crypto
import Foundation

/// One partner signing key, written `whsec_<base64 key>` as the Standard Webhooks scheme prints it, so
/// operators paste the value a partner's dashboard shows without converting it.
public struct WebhookSecret: Sendable, Hashable {
    /// The raw HMAC key.
    public let key: [UInt8]

    /// The prefix every written secret carries.
    public static let prefix = "whsec_"

    /// Creates a secret from raw key bytes (tests and the simulator generate keys this way).
    public init(key: [UInt8]) {
        self.key = key
    }

    /// Parses `whsec_<base64>`; nil when the prefix is missing, the base64 is invalid or the key is empty.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix(Self.prefix),
            let data = Data(base64Encoded: String(trimmed.dropFirst(Self.prefix.count))), !data.isEmpty
        else { return nil }
        self.key = Array(data)
    }

    /// The secret as written in `WEBHOOK_SECRETS`.
    public var encoded: String { Self.prefix + Data(key).base64EncodedString() }
}

extension WebhookSecret {
    /// A short, non-reversible name for the secret (hex of the first 8 bytes of its SHA-256), used as the
    /// partner's identity in rate-limit keys and logs without ever writing the key itself.
    public var fingerprint: String {
        SHA256.hash(data: key).prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}
