import Foundation

/// A message to a partner recorded in the same transaction as the change that caused it, so an order
/// never exists without its payment and confirmation requests, and no request goes out for an order that
/// rolled back.
struct OutboxMessage: Sendable, Equatable {
    /// Row id.
    var id: Int64
    /// Who receives it.
    var partner: Partner
    /// What it asks for, e.g. `payment.charge`.
    var kind: String
    /// Sent as `Idempotency-Key` on every delivery attempt, across retries and server restarts.
    var idempotencyKey: UUID
    /// The order it belongs to.
    var orderID: UUID?
    /// JSON body.
    var payload: String
    /// Delivery rounds made so far.
    var attempts: Int

    /// Why the message need not go out any more, given its order's current status (nil: send it). A charge
    /// for an order that is no longer pending (cancelled by an admin or a `payment.failed` event, or already
    /// paid) would take money for nothing; other messages are always sent.
    func skipReason(orderStatus: OrderStatus?) -> String? {
        guard partner == .payments, orderID != nil else { return nil }
        guard let orderStatus else { return "skipped: order not found" }
        return orderStatus == .pending ? nil : "skipped: order is \(orderStatus.rawValue)"
    }

    /// The request the dispatcher sends.
    var request: PartnerRequest {
        PartnerRequest(partner: partner, body: Array(payload.utf8), idempotencyKey: idempotencyKey.uuidString.lowercased())
    }
}
