extension APIError {
    /// The API's answer to an order failure: unknown products are a validation error, stock and key
    /// conflicts and disallowed status changes are 409, with a detail per offending line or field.
    init(_ failure: OrderFailure) {
        switch failure {
        case .unknownProducts(let ids):
            self = .validation(ids.map { ErrorDetail(field: "items", issue: "product \($0) does not exist or is not for sale") })
        case .insufficientStock(let shortages):
            let message =
                shortages.count == 1
                ? "Not enough stock for product \(shortages[0].productID)." : "Not enough stock for \(shortages.count) products."
            self.init(
                .conflict, message,
                details: shortages.map {
                    ErrorDetail(field: "items", issue: "product \($0.productID): \($0.available) available, \($0.requested) requested")
                }
            )
        case .idempotencyKeyReused:
            self.init(
                .conflict, "This Idempotency-Key was already used for a different request.",
                details: [ErrorDetail(field: "Idempotency-Key", issue: "reused with a different body")]
            )
        case .idempotencyKeyWithoutOrder:
            self.init(.conflict, "A request with this Idempotency-Key is still being processed.")
        case .orderNotFound:
            self = .notFound("Order")
        case .invalidTransition(let from, let to):
            let allowed = from.successors.map(\.rawValue).sorted()
            let hint = allowed.isEmpty ? "it is final" : "allowed: \(allowed.joined(separator: ", "))"
            self.init(
                .conflict, "An order cannot move from \(from.rawValue) to \(to.rawValue) (\(hint)).",
                details: [ErrorDetail(field: "status", issue: "invalid transition from \(from.rawValue)")]
            )
        }
    }
}
