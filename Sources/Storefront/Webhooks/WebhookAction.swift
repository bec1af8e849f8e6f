import Foundation

/// What processing a stored event does, decided from its type and data without I/O, so the mapping of
/// partner events to order changes is unit-tested on its own.
enum WebhookAction: Sendable, Equatable {
    /// Move the order to this status (a payment outcome).
    case settle(orderID: UUID, status: OrderStatus)
    /// Nothing to do; the reason is recorded as the event's outcome.
    case ignore(reason: String)

    /// The action for `event`: `payment.succeeded` pays the order, `payment.failed` cancels it (which puts
    /// its stock back), anything else is recorded as ignored.
    init(_ event: PartnerWebhookEvent) {
        switch (event.type, event.data.orderID) {
        case ("payment.succeeded", let orderID?):
            self = .settle(orderID: orderID, status: .paid)
        case ("payment.failed", let orderID?):
            self = .settle(orderID: orderID, status: .cancelled)
        case ("payment.succeeded", nil), ("payment.failed", nil):
            self = .ignore(reason: "ignored: no order_id")
        default:
            self = .ignore(reason: "ignored: unknown type \(event.type)")
        }
    }
}
