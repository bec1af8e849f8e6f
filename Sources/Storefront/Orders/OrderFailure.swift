import Foundation

/// Why an order could not be placed or changed, in the domain's terms. Repositories throw these; the
/// HTTP layer turns each into the API's error shape (`APIError(_:)`), so status codes are decided in one
/// place and never inside SQL code.
enum OrderFailure: Error, Sendable, Equatable {
    /// A line the shelves cannot cover.
    struct Shortage: Sendable, Equatable {
        var productID: UUID
        var available: Int
        var requested: Int
    }

    /// Products that do not exist, are deleted, or are not for sale.
    case unknownProducts([UUID])
    /// Lines asking for more than is in stock; nothing was reserved.
    case insufficientStock([Shortage])
    /// This user already used the Idempotency-Key for a different order.
    case idempotencyKeyReused
    /// The Idempotency-Key is recorded without an order (only a hand-edited database can do this).
    case idempotencyKeyWithoutOrder
    /// No such order (or it is someone else's).
    case orderNotFound
    /// The status change is not one of `from.successors`.
    case invalidTransition(from: OrderStatus, to: OrderStatus)
}
