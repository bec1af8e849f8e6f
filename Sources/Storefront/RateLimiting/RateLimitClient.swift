import Foundation

/// Whom a quota belongs to: the authenticated user when the request carries a valid token (so users
/// behind one NAT do not share a quota), else the client's IP address.
enum RateLimitClient: Sendable, Hashable {
    case user(UUID)
    case address(String)
    /// No token and no known address (only in socket-less tests); all such requests share one quota.
    case unknown

    /// The Redis key of this client's counter under `policy`.
    func key(policy: RateLimitPolicy) -> String {
        switch self {
        case .user(let id): "ratelimit:\(policy.name):user:\(id.uuidString.lowercased())"
        case .address(let address): "ratelimit:\(policy.name):ip:\(address)"
        case .unknown: "ratelimit:\(policy.name):unknown"
        }
    }
}
