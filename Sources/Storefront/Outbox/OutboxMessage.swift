import Foundation

/// A message to a partner recorded in the same statement as the order that caused it, so an order
/// never exists without its payment and confirmation requests, and no request goes out for an order that
/// rolled back. The row says what to tell whom about which order; the body is encoded from the order
/// when the message is sent (`request()`), since everything it says is fixed once the order exists.
struct OutboxMessage: Sendable, Equatable {
    /// What the message's order looked like when the message was leased.
    struct OrderFacts: Sendable, Equatable {
        var status: OrderStatus
        var total: Int
        var userID: UUID
    }

    /// Row id.
    var id: Int64
    /// Who receives it.
    var partner: Partner
    /// What it asks for: `payment.charge` or `email.order_confirmation`.
    var kind: String
    /// Sent as `Idempotency-Key` on every delivery attempt, across retries and server restarts.
    var idempotencyKey: UUID
    /// The order it belongs to.
    var orderID: UUID?
    /// Delivery rounds made so far.
    var attempts: Int
    /// The order as leased; nil when the message has no order or the order is gone.
    var order: OrderFacts?

    /// Why the message need not go out any more, given its order's current status (nil: send it). A charge
    /// for an order that is no longer pending (cancelled by an admin or a `payment.failed` event, or already
    /// paid) would take money for nothing; other messages are always sent.
    func skipReason(orderStatus: OrderStatus?) -> String? {
        guard partner == .payments, orderID != nil else { return nil }
        guard let orderStatus else { return "skipped: order not found" }
        return orderStatus == .pending ? nil : "skipped: order is \(orderStatus.rawValue)"
    }

    /// The request the dispatcher sends, its body encoded from the order; throws when the message's kind is
    /// unknown or its order is gone, which no retry can mend.
    func request() throws -> PartnerRequest {
        guard let orderID, let order else { throw Unsendable(reason: "order not found") }
        let body: [UInt8]
        switch kind {
        case PaymentCharge.kind:
            body = try OutboxPayload.encode(PaymentCharge(orderID: orderID, amount: order.total))
        case OrderConfirmationEmail.kind:
            body = try OutboxPayload.encode(OrderConfirmationEmail(orderID: orderID, userID: order.userID, total: order.total))
        default:
            throw Unsendable(reason: "unknown kind \(kind)")
        }
        return PartnerRequest(partner: partner, body: body, idempotencyKey: idempotencyKey.uuidString.lowercased())
    }

    /// A message no attempt can send.
    struct Unsendable: Error, Equatable, CustomStringConvertible {
        var reason: String
        var description: String { "unsendable: \(reason)" }
    }
}
