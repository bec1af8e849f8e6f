import Foundation
import PostgresNIO

extension OrderRepository {
    /// Takes `line.quantity` off the product's stock if enough is there, returning the priced line.
    func reserve(_ line: OrderDraft.Line, on connection: PostgresConnection) async throws -> Order.Item {
        let rows = try await connection.query(
            """
            UPDATE products SET stock = stock - \(line.quantity), updated_at = now()
            WHERE id = \(line.productID) AND deleted_at IS NULL AND status = 'active' AND stock >= \(line.quantity)
            RETURNING name, price
            """,
            logger: logger
        )
        for try await (name, price) in rows.decode((String, Int).self) {
            return Order.Item(productID: line.productID, productName: name, quantity: line.quantity, unitPrice: price)
        }
        let stock = try await connection.query(
            "SELECT stock FROM products WHERE id = \(line.productID) AND deleted_at IS NULL AND status = 'active'",
            logger: logger
        )
        for try await available in stock.decode(Int.self) {
            throw APIError(
                .conflict, "Not enough stock for product \(line.productID).",
                details: [ErrorDetail(field: "items", issue: "product \(line.productID): \(available) available, \(line.quantity) requested")]
            )
        }
        throw APIError.validation([ErrorDetail(field: "items", issue: "product \(line.productID) does not exist or is not for sale")])
    }
}
