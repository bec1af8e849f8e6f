import Foundation

/// Whom a quota belongs to: on the API the authenticated user when the request carries a verified token
/// (so users behind one NAT do not share a quota), else the client's IP address; on the webhook the
/// partner whose secret signed the delivery.
enum RateLimitClient: Sendable, Hashable {
    case user(UUID)
    case address(String)
    /// A webhook sender, named by the fingerprint of the secret its signature matched.
    case partner(String)
    /// No token and no known address (only in socket-less tests); all such requests share one quota.
    case unknown

    /// The Redis key of this client's counter under `policy`.
    func key(policy: RateLimitPolicy) -> String {
        switch self {
        case .user(let id): "ratelimit:\(policy.name):user:\(id.uuidString.lowercased())"
        case .address(let address): "ratelimit:\(policy.name):ip:\(address)"
        case .partner(let fingerprint): "ratelimit:\(policy.name):partner:\(fingerprint)"
        case .unknown: "ratelimit:\(policy.name):unknown"
        }
    }
}
