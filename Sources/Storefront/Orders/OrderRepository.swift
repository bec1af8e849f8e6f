import Foundation
import Logging
import PostgresNIO

/// Orders in PostgreSQL. Creating one is a single statement (`PlaceOrder`): stock checked and taken
/// under row locks (never below zero however many orders race), the total from the prices read there,
/// the order and its lines, the idempotency record and the outbox messages to the payment gateway and
/// the email system, all committed together or not at all. Failures are `OrderFailure`s.
struct OrderRepository: Sendable {
    let client: PostgresClient
    let logger: Logger
    /// Rung after an order commits, so the outbox dispatcher sends its messages at once.
    var outbox: OutboxDoorbell?

    /// The result of a create: the order, whether it is a replay of an earlier request, and the stock
    /// levels it wrote (none for a replay).
    struct Creation: Sendable {
        var order: Order
        var replayed: Bool
        var stock: [StockLevel]
    }

    /// Places the order, or replays the one an earlier request with the same Idempotency-Key placed.
    /// One round trip when the order is placed; a refused or keyed-again request reads the key once more.
    func create(userID: UUID, draft: OrderDraft, idempotencyKey: String?) async throws -> Creation {
        let orderID = UUID()
        let statement = PlaceOrder(
            userID: userID, idempotencyKey: idempotencyKey, requestHash: idempotencyKey.map { _ in draft.requestHash },
            orderID: orderID, lines: draft.lines
        )
        var lines: [PlaceOrder.Line] = []
        for try await line in try await client.execute(statement, logger: logger) { lines.append(line) }
        let placement = OrderPlacement(lines: lines, orderID: orderID, userID: userID)
        if case .placed(let order, let stock) = placement {
            outbox?.ring()
            return Creation(order: order, replayed: false, stock: stock)
        }
        // The key decides before the stock does: a retry of a placed order is a replay even when the
        // stock has run out since. The earlier request has committed by now (the claim waited for it).
        if let idempotencyKey, let earlier = try await replay(idempotencyKey, userID: userID, draft: draft) {
            return Creation(order: earlier, replayed: true, stock: [])
        }
        switch placement {
        case .refused(let failure): throw failure
        case .keyTaken, .placed: throw OrderFailure.idempotencyKeyWithoutOrder
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

    /// Moves the order to `next` if the transition is allowed, restoring stock on cancellation; returns
    /// the order and the stock levels the cancellation wrote.
    func changeStatus(id: UUID, to next: OrderStatus) async throws -> (order: Order, stock: [StockLevel]) {
        try await client.transaction(logger: logger) { connection in
            let rows = try await connection.query("SELECT status FROM orders WHERE id = \(id) FOR UPDATE", logger: logger)
            var current: OrderStatus?
            for try await status in rows.decode(String.self) { current = OrderStatus(rawValue: status) }
            guard let current else { throw OrderFailure.orderNotFound }
            var stock: [StockLevel] = []
            if try current.transition(to: next) == .restoreStock {
                stock = try await restoreStock(of: id, on: connection)
            }
            try await connection.query(
                "UPDATE orders SET status = \(next.rawValue), updated_at = now() WHERE id = \(id)",
                logger: logger
            )
            guard let order = try await OrderReads(logger: logger).find(id: id, ownerID: nil, on: connection) else {
                throw OrderFailure.orderNotFound
            }
            return (order, stock)
        }
    }

    /// Puts the order's quantities back on the shelves, returning the levels written.
    private func restoreStock(of orderID: UUID, on connection: PostgresConnection) async throws -> [StockLevel] {
        let rows = try await connection.query(
            """
            UPDATE product_stock s SET stock = s.stock + i.quantity, version = s.version + 1
            FROM order_items i WHERE i.order_id = \(orderID) AND s.product_id = i.product_id
            RETURNING s.product_id, s.stock, s.version
            """,
            logger: logger
        )
        var levels: [StockLevel] = []
        for try await (productID, stock, version) in rows.decode((UUID, Int, Int64).self) {
            levels.append(StockLevel(productID: productID, stock: stock, version: version))
        }
        return levels
    }
}
