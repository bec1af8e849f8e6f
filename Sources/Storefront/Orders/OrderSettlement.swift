import Foundation
import Logging
import PostgresNIO

/// Applies a partner's verdict on an order (paid, or cancelled after a failed payment) inside the
/// caller's transaction, so the verdict and the record that it was handled commit together or not at all.
struct OrderSettlement: Sendable {
    let logger: Logger

    /// How a settlement ended, recorded as the event's or message's outcome.
    enum Outcome: Sendable, Equatable, CustomStringConvertible {
        /// The order moved to the status.
        case applied(OrderStatus)
        /// The order was already past the point where the verdict applies (e.g. paid twice, or cancelled).
        case unchanged(current: OrderStatus)
        /// No such order.
        case orderNotFound

        var description: String {
            switch self {
            case .applied(let status): "applied: order \(status.rawValue)"
            case .unchanged(let current): "unchanged: order is \(current.rawValue)"
            case .orderNotFound: "ignored: order not found"
            }
        }
    }

    /// Moves the order to `target` if its current status allows, restoring stock on cancellation.
    func settle(orderID: UUID, to target: OrderStatus, on connection: PostgresConnection) async throws -> Outcome {
        let rows = try await connection.query("SELECT status FROM orders WHERE id = \(orderID) FOR UPDATE", logger: logger)
        var current: OrderStatus?
        for try await status in rows.decode(String.self) { current = OrderStatus(rawValue: status) }
        guard let current else { return .orderNotFound }
        guard let effect = try? current.transition(to: target) else { return .unchanged(current: current) }
        if effect == .restoreStock {
            try await connection.query(
                """
                UPDATE product_stock s SET stock = s.stock + i.quantity, version = s.version + 1
                FROM order_items i WHERE i.order_id = \(orderID) AND s.product_id = i.product_id
                """,
                logger: logger
            )
        }
        try await connection.query(
            "UPDATE orders SET status = \(target.rawValue), updated_at = now() WHERE id = \(orderID)",
            logger: logger
        )
        return .applied(target)
    }
}
