import Foundation

/// Decides whether a delivery is authentic and fresh, without I/O: the caller passes the clock reading.
///
/// Any active secret may match (rotation: old and new are both listed while partners switch), the
/// timestamp must be within `tolerance` of now in either direction (stale replays and clocks far ahead
/// are both refused), and signatures are compared in constant time (swift-crypto's
/// `isValidAuthenticationCode`) so timing reveals nothing.
public struct WebhookVerifier: Sendable {
    /// The secrets currently accepted.
    public var secrets: [WebhookSecret]
    /// The largest accepted distance between the signed timestamp and now.
    public var tolerance: Duration
    /// The longest `webhook-id` accepted (the store's column width).
    public static let maximumIDLength = 255

    /// Creates a verifier.
    public init(secrets: [WebhookSecret], tolerance: Duration = .seconds(300)) {
        self.secrets = secrets
        self.tolerance = tolerance
    }

    /// What an accepted delivery established.
    public struct Verified: Sendable, Hashable {
        /// The event id (deduplication key).
        public var id: String
        /// The signed Unix timestamp.
        public var timestamp: Int64
        /// The secret that matched; it identifies the partner for rate limiting.
        public var secret: WebhookSecret
    }

    /// Verifies `delivery` at `nowUnixSeconds`, or throws the first reason it fails.
    public func verify(_ delivery: WebhookDelivery, nowUnixSeconds: Int64) throws(WebhookRejection) -> Verified {
        guard !secrets.isEmpty else { throw .noSecretsConfigured }
        guard let id = delivery.id, !id.isEmpty else { throw .missingHeader("webhook-id") }
        guard id.count <= Self.maximumIDLength else { throw .idTooLong(id.count) }
        guard let timestampText = delivery.timestamp, !timestampText.isEmpty else { throw .missingHeader("webhook-timestamp") }
        guard let signatures = delivery.signature, !signatures.isEmpty else { throw .missingHeader("webhook-signature") }
        guard let timestamp = Int64(timestampText) else { throw .malformedTimestamp(timestampText) }
        let skew = nowUnixSeconds - timestamp
        guard skew.magnitude <= UInt64(tolerance.components.seconds) else { throw .timestampOutsideTolerance(skewSeconds: skew) }
        let candidates = Self.v1Signatures(in: signatures)
        for secret in secrets {
            let signer = WebhookSigner(secret: secret)
            if candidates.contains(where: { signer.isValid($0, id: id, timestamp: timestampText, body: delivery.body) }) {
                return Verified(id: id, timestamp: timestamp, secret: secret)
            }
        }
        throw .noMatchingSignature
    }

    /// The decoded `v1` signatures of a header; other versions and undecodable entries are skipped.
    static func v1Signatures(in header: String) -> [[UInt8]] {
        header.split(separator: " ").compactMap { entry in
            guard entry.hasPrefix("v1,"), let data = Data(base64Encoded: String(entry.dropFirst(3))) else { return nil }
            return Array(data)
        }
    }
}
