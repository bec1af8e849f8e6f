import Foundation
import PostgresNIO

/// Places an order in one statement, so one round trip and one implicit transaction do what used to take
/// nine: lock the lines' stock rows (in product order, so concurrent orders cannot deadlock), check every
/// line against the stock it locked, claim the Idempotency-Key, take the quantities off, and insert the
/// order (its total from the prices read here), its lines and its two outbox messages.
///
/// Nothing is written unless every line is available and the key (if any) was free: each write reads
/// `go`, which is empty otherwise. `FOR UPDATE` returns the newest version of a row another order changed
/// meanwhile, and the decrement re-reads that same locked version, so `stock >= quantity` holds when it is
/// applied (the CHECK on `stock >= 0` stays as the last guard). The statement returns one row per line:
/// what was available, the new level when the order was placed, and the order's time and total.
/// The decrement also names its rows with `= ANY ($5)`: joined on the lines alone, the generic plan
/// scanned all of `product_stock` for every order.
struct PlaceOrder: PostgresPreparedStatement {
    static let sql = """
        WITH line AS (
            SELECT product_id, quantity FROM unnest($5::uuid[], $6::integer[]) AS line (product_id, quantity)
        ),
        locked AS (
            SELECT s.product_id, s.stock, p.name, p.price
            FROM product_stock s JOIN products p ON p.id = s.product_id
            WHERE s.product_id = ANY ($5::uuid[]) AND p.deleted_at IS NULL AND p.status = 'active'
            ORDER BY s.product_id
            FOR UPDATE OF s
        ),
        verdict AS (
            SELECT count(locked.product_id) = count(*) AND coalesce(bool_and(locked.stock >= line.quantity), false) AS ok,
                   sum(locked.price * line.quantity)::bigint AS total
            FROM line LEFT JOIN locked USING (product_id)
        ),
        claim AS (
            INSERT INTO idempotency_keys (user_id, key, request_hash, order_id)
            SELECT $1, $2::text, $3::text, $4 FROM verdict WHERE verdict.ok AND $2::text IS NOT NULL
            ON CONFLICT (user_id, key) DO NOTHING
            RETURNING order_id
        ),
        go AS (
            SELECT verdict.total FROM verdict WHERE verdict.ok AND ($2::text IS NULL OR EXISTS (SELECT FROM claim))
        ),
        reserved AS (
            UPDATE product_stock s SET stock = s.stock - line.quantity, version = s.version + 1
            FROM line, go
            WHERE s.product_id = line.product_id AND s.product_id = ANY ($5::uuid[])
            RETURNING s.product_id, s.stock, s.version
        ),
        placed AS (
            INSERT INTO orders (id, user_id, total) SELECT $4, $1, go.total FROM go
            RETURNING id, total, created_at
        ),
        items AS (
            INSERT INTO order_items (order_id, order_created_at, product_id, product_name, quantity, unit_price)
            SELECT placed.id, placed.created_at, line.product_id, locked.name, line.quantity, locked.price
            FROM placed, line JOIN locked USING (product_id)
        ),
        messages AS (
            INSERT INTO outbox_messages (partner, kind, idempotency_key, order_id)
            SELECT message.partner, message.kind, gen_random_uuid(), placed.id
            FROM placed, (VALUES ('\(Partner.payments.rawValue)', '\(PaymentCharge.kind)'), ('\(Partner.email.rawValue)', '\(OrderConfirmationEmail.kind)'))
                AS message (partner, kind)
        )
        SELECT line.product_id, line.quantity, locked.stock, locked.name, locked.price,
               reserved.stock, reserved.version, placed.total, placed.created_at
        FROM line
        LEFT JOIN locked USING (product_id)
        LEFT JOIN reserved USING (product_id)
        LEFT JOIN placed ON true
        ORDER BY line.product_id
        """

    /// One line of the answer.
    struct Line: Sendable, Equatable {
        var productID: UUID
        var quantity: Int
        /// Stock when locked; nil when the product does not exist or is not for sale.
        var available: Int?
        var name: String?
        var unitPrice: Int?
        /// The level after the order; nil when it was not placed.
        var reserved: StockLevel?
        /// The order's total and time; nil when it was not placed.
        var total: Int?
        var placedAt: Date?
    }

    typealias Row = Line

    /// Declared, not inferred from the first execution's values: a nil key would otherwise be sent untyped.
    static var bindingDataTypes: [PostgresDataType] { [.uuid, .text, .text, .uuid, .uuidArray, .int8Array] }

    var userID: UUID
    var idempotencyKey: String?
    var requestHash: String?
    var orderID: UUID
    var lines: [OrderDraft.Line]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(userID)
        bindings.append(idempotencyKey)
        bindings.append(requestHash)
        bindings.append(orderID)
        bindings.append(lines.map(\.productID))
        bindings.append(lines.map(\.quantity))
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Line {
        let (productID, quantity, available, name, price, stock, version, total, placedAt) =
            try row.decode((UUID, Int, Int?, String?, Int?, Int?, Int64?, Int?, Date?).self)
        let reserved = zip(stock, version).map { StockLevel(productID: productID, stock: $0.0, version: $0.1) }
        return Line(
            productID: productID, quantity: quantity, available: available, name: name, unitPrice: price,
            reserved: reserved, total: total, placedAt: placedAt
        )
    }
}

/// Both values, or nil when either is missing.
private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}
