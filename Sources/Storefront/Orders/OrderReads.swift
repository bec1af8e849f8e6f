import Foundation
import Logging
import PostgresNIO

/// Reading orders with their lines on a given connection, shared by plain reads and by transactions.
struct OrderReads: Sendable {
    let logger: Logger

    func find(id: UUID, ownerID: UUID?, on connection: PostgresConnection) async throws -> Order? {
        let rows = try await connection.query(
            """
            SELECT id, user_id, status, total, created_at, updated_at FROM orders
            WHERE id = \(id) AND (\(ownerID)::uuid IS NULL OR user_id = \(ownerID))
            """,
            logger: logger
        )
        return try await withItems(decodeOrders(rows), on: connection).first
    }

    func list(ownerID: UUID?, page: PageRequest, on connection: PostgresConnection) async throws -> (orders: [Order], total: Int) {
        let rows = try await connection.query(
            """
            SELECT id, user_id, status, total, created_at, updated_at FROM orders
            WHERE \(ownerID)::uuid IS NULL OR user_id = \(ownerID)
            ORDER BY created_at DESC, id LIMIT \(page.limit) OFFSET \(page.offset)
            """,
            logger: logger
        )
        let orders = try await withItems(decodeOrders(rows), on: connection)
        let count = try await connection.query(
            "SELECT count(*) FROM orders WHERE \(ownerID)::uuid IS NULL OR user_id = \(ownerID)",
            logger: logger
        )
        var total = 0
        for try await value in count.decode(Int.self) { total = value }
        return (orders, total)
    }

    private func decodeOrders(_ rows: PostgresRowSequence) async throws -> [Order] {
        var orders: [Order] = []
        for try await (id, userID, status, total, created, updated) in rows.decode((UUID, UUID, String, Int, Date, Date).self) {
            orders.append(
                Order(
                    id: id, userID: userID, status: OrderStatus(rawValue: status) ?? .pending, total: total,
                    items: [], createdAt: created, updatedAt: updated
                )
            )
        }
        return orders
    }

    private func withItems(_ orders: [Order], on connection: PostgresConnection) async throws -> [Order] {
        guard !orders.isEmpty else { return [] }
        let rows = try await connection.query(
            """
            SELECT order_id, product_id, product_name, quantity, unit_price FROM order_items
            WHERE order_id = ANY(\(orders.map(\.id))) ORDER BY product_id
            """,
            logger: logger
        )
        var items: [UUID: [Order.Item]] = [:]
        for try await (orderID, productID, name, quantity, price) in rows.decode((UUID, UUID, String, Int, Int).self) {
            items[orderID, default: []].append(Order.Item(productID: productID, productName: name, quantity: quantity, unitPrice: price))
        }
        return orders.map { order in
            var order = order
            order.items = items[order.id] ?? []
            return order
        }
    }
}
