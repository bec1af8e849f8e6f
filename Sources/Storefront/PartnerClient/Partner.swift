/// The external systems the storefront calls, each with its own circuit breaker, path under
/// `PARTNERS_URL` and metric label.
public enum Partner: String, Sendable, Hashable, CaseIterable, Codable {
    /// The payment gateway: charges an order.
    case payments
    /// The email system: sends the order confirmation.
    case email

    /// The request path under `PARTNERS_URL`.
    public var path: String {
        switch self {
        case .payments: "/payments"
        case .email: "/emails"
        }
    }
}
