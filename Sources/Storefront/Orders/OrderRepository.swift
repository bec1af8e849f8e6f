import Foundation
import Logging
import PostgresNIO

/// Parameterised SQL for orders. Creating an order is one transaction: conditional stock decrements
/// (`stock >= quantity`, so stock never goes below zero however many orders race), the total from the
/// prices read in that transaction, the order and its lines, the idempotency record, and the outbox messages
/// to the payment gateway and the email system (so they exist exactly when the order does).
struct OrderRepository: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// The result of a create: the order and whether it is a replay of an earlier request.
    struct Creation: Sendable {
        var order: Order
        var replayed: Bool
    }

    func create(userID: UUID, draft: OrderDraft, idempotencyKey: String?) async throws -> Creation {
        try await client.transaction(logger: logger) { connection in
            if let idempotencyKey {
                if let earlier = try await claim(idempotencyKey, userID: userID, draft: draft, on: connection) {
                    return Creation(order: earlier, replayed: true)
                }
            }
            var items: [Order.Item] = []
            for line in draft.lines {
                items.append(try await reserve(line, on: connection))
            }
            guard let total = OrderPricing.total(of: items.map { ($0.unitPrice, $0.quantity) }) else {
                throw APIError.validation([ErrorDetail(field: "items", issue: "the order total is too large")])
            }
            let rows = try await connection.query(
                "INSERT INTO orders (user_id, total) VALUES (\(userID), \(total)) RETURNING id, created_at, updated_at",
                logger: logger
            )
            var created: (UUID, Date, Date)?
            for try await row in rows.decode((UUID, Date, Date).self) { created = row }
            guard let (orderID, createdAt, updatedAt) = created else { throw APIError.internalError }
            for item in items {
                try await connection.query(
                    """
                    INSERT INTO order_items (order_id, order_created_at, product_id, product_name, quantity, unit_price)
                    VALUES (\(orderID), \(createdAt), \(item.productID), \(item.productName), \(item.quantity), \(item.unitPrice))
                    """,
                    logger: logger
                )
            }
            try await OutboxWriter(logger: logger).enqueueOrderPlaced(orderID: orderID, userID: userID, total: total, on: connection)
            if let idempotencyKey {
                try await connection.query(
                    "UPDATE idempotency_keys SET order_id = \(orderID) WHERE user_id = \(userID) AND key = \(idempotencyKey)",
                    logger: logger
                )
            }
            let order = Order(
                id: orderID, userID: userID, status: .pending, total: total, items: items,
                createdAt: createdAt, updatedAt: updatedAt
            )
            return Creation(order: order, replayed: false)
        }
    }

    /// The order if it exists and, when `ownerID` is given, belongs to that user.
    func find(id: UUID, ownerID: UUID?) async throws -> Order? {
        try await client.withConnection { connection in
            try await OrderReads(logger: logger).find(id: id, ownerID: ownerID, on: connection)
        }
    }

    /// A page of orders, newest first: the owner's, or everyone's when `ownerID` is nil.
    func list(ownerID: UUID?, page: PageRequest) async throws -> (orders: [Order], total: Int) {
        try await client.withConnection { connection in
            try await OrderReads(logger: logger).list(ownerID: ownerID, page: page, on: connection)
        }
    }

    /// Moves the order to `next` if the transition is allowed, restoring stock on cancellation.
    func changeStatus(id: UUID, to next: OrderStatus) async throws -> Order {
        try await client.transaction(logger: logger) { connection in
            let rows = try await connection.query("SELECT status FROM orders WHERE id = \(id) FOR UPDATE", logger: logger)
            var current: OrderStatus?
            for try await status in rows.decode(String.self) { current = OrderStatus(rawValue: status) }
            guard let current else { throw APIError.notFound("Order") }
            if try current.transition(to: next) == .restoreStock {
                try await connection.query(
                    """
                    UPDATE products p SET stock = p.stock + i.quantity, updated_at = now()
                    FROM order_items i WHERE i.order_id = \(id) AND p.id = i.product_id
                    """,
                    logger: logger
                )
            }
            try await connection.query(
                "UPDATE orders SET status = \(next.rawValue), updated_at = now() WHERE id = \(id)",
                logger: logger
            )
            guard let order = try await OrderReads(logger: logger).find(id: id, ownerID: nil, on: connection) else {
                throw APIError.notFound("Order")
            }
            return order
        }
    }
}
