import Foundation
import Logging
import PostgresNIO

/// Parameterised SQL for `products` and their stock (`product_stock`, a narrow table of its own so that
/// an order's decrement is a HOT update that never touches the products' search and attribute indexes).
/// Deleted rows (`deleted_at` set) are invisible to every method.
struct ProductRepository: Sendable {
    let client: PostgresClient
    let logger: Logger

    /// The columns every read returns, in `ProductRepository.row(from:)`'s order.
    static let columns = """
        p.id, p.name, p.description, p.price, s.stock, s.version, p.attributes::text, p.status, p.created_at, p.updated_at
        """
    /// Products with their stock.
    static let source = "products p JOIN product_stock s ON s.product_id = p.id"

    /// One page of live products matching `query`, and how many match in total.
    func list(_ query: ProductListQuery, page: PageRequest) async throws -> (rows: [ProductRow], total: Int) {
        var sql = SQLBuilder("SELECT \(Self.columns), count(*) OVER () FROM \(Self.source)")
        try Self.appendFilters(query, to: &sql)
        sql.append(" ORDER BY \(query.sort.orderBy) LIMIT ")
        sql.bind(page.limit)
        sql.append(" OFFSET ")
        sql.bind(page.offset)

        var rows: [ProductRow] = []
        var total = 0
        let result = try await client.query(sql.query, logger: logger)
        for try await row in result.decode((UUID, String, String, Int, Int, Int64, String, String, Date, Date, Int).self) {
            rows.append(try Self.row(from: (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9)))
            total = row.10
        }
        if rows.isEmpty, page.page > 1 {
            total = try await self.count(query)
        }
        return (rows, total)
    }

    /// The live product with `id`, if any (inactive ones included, for direct links and admins).
    func find(id: UUID) async throws -> ProductRow? {
        for try await row in try await client.execute(FindProduct(id: id), logger: logger) {
            return try Self.row(from: row)
        }
        return nil
    }

    /// Creates the product and its stock row in one statement.
    func create(_ changes: ProductChanges) async throws -> ProductRow {
        let rows = try await client.query(
            """
            WITH p AS (
                INSERT INTO products (name, description, price, attributes, status)
                VALUES (\(changes.name ?? ""), \(changes.description ?? ""), \(changes.price ?? 0),
                        \(try JSONValue.object(changes.attributes ?? [:]).jsonText())::jsonb, \((changes.status ?? .active).rawValue))
                RETURNING *
            ),
            s AS (
                INSERT INTO product_stock (product_id, stock) SELECT id, \(changes.stock ?? 0) FROM p
                RETURNING product_id, stock, version
            )
            SELECT \(unescaped: Self.columns) FROM p JOIN s ON s.product_id = p.id
            """,
            logger: logger
        )
        guard let row = try await first(rows) else { throw RowNotReturned(statement: "create product") }
        return row
    }

    /// Applies the non-nil fields of `changes` (stock in its own table); nil when the product does not
    /// exist (or is deleted).
    func update(id: UUID, _ changes: ProductChanges) async throws -> ProductRow? {
        let attributes = try changes.attributes.map { try JSONValue.object($0).jsonText() }
        return try await first(
            client.query(
                """
                WITH p AS (
                    UPDATE products SET
                        name = COALESCE(\(changes.name), name),
                        description = COALESCE(\(changes.description), description),
                        price = COALESCE(\(changes.price), price),
                        attributes = COALESCE(\(attributes)::jsonb, attributes),
                        status = COALESCE(\(changes.status?.rawValue), status),
                        updated_at = now()
                    WHERE id = \(id) AND deleted_at IS NULL
                    RETURNING *
                ),
                changed AS (
                    UPDATE product_stock SET stock = \(changes.stock), version = version + 1
                    WHERE product_id = (SELECT id FROM p) AND \(changes.stock)::integer IS NOT NULL
                    RETURNING product_id, stock, version
                ),
                s AS (
                    SELECT product_id, stock, version FROM changed
                    UNION ALL
                    SELECT product_id, stock, version FROM product_stock
                    WHERE product_id = (SELECT id FROM p) AND NOT EXISTS (SELECT FROM changed)
                )
                SELECT \(unescaped: Self.columns) FROM p JOIN s ON s.product_id = p.id
                """,
                logger: logger
            )
        )
    }

    /// Marks the product deleted; false when it was already gone.
    func softDelete(id: UUID) async throws -> Bool {
        let rows = try await client.query(
            "UPDATE products SET deleted_at = now(), updated_at = now() WHERE id = \(id) AND deleted_at IS NULL RETURNING id",
            logger: logger
        )
        for try await _ in rows { return true }
        return false
    }

    /// The current stock of `ids` (deleted products included: a cached body may still show them).
    func stockLevels(of ids: [UUID]) async throws -> [StockLevel] {
        var levels: [StockLevel] = []
        for try await (id, stock, version) in try await client.execute(StockOfProducts(ids: ids), logger: logger) {
            levels.append(StockLevel(productID: id, stock: stock, version: version))
        }
        return levels
    }

    private func count(_ query: ProductListQuery) async throws -> Int {
        var sql = SQLBuilder("SELECT count(*) FROM \(Self.source)")
        try Self.appendFilters(query, to: &sql)
        for try await count in try await client.query(sql.query, logger: logger).decode(Int.self) {
            return count
        }
        return 0
    }

    /// The WHERE clause shared by the page and its count: live rows with the requested status and filters.
    private static func appendFilters(_ query: ProductListQuery, to sql: inout SQLBuilder) throws {
        sql.append(" WHERE p.deleted_at IS NULL AND p.status = ")
        sql.bind(query.status.rawValue)
        if let search = query.search {
            sql.append(" AND p.search @@ plainto_tsquery('simple', ")
            sql.bind(search)
            sql.append(")")
        }
        if let minPrice = query.minPrice {
            sql.append(" AND p.price >= ")
            sql.bind(minPrice)
        }
        if let maxPrice = query.maxPrice {
            sql.append(" AND p.price <= ")
            sql.bind(maxPrice)
        }
        if query.inStock {
            sql.append(" AND s.stock > 0")
        }
        if !query.attributes.isEmpty {
            sql.append(" AND p.attributes @> ")
            sql.bind(try JSONValue.object(query.attributes.mapValues { .string($0) }).jsonText())
            sql.append("::jsonb")
        }
    }

    private func first(_ rows: PostgresRowSequence) async throws -> ProductRow? {
        for try await row in rows.decode(ProductRow.Columns.self) {
            return try Self.row(from: row)
        }
        return nil
    }

    static func row(from row: ProductRow.Columns) throws -> ProductRow {
        let attributes = try JSONDecoder().decode([String: JSONValue].self, from: Data(row.6.utf8))
        let product = Product(
            id: row.0, name: row.1, description: row.2, price: row.3, stock: row.4, attributes: attributes,
            status: ProductStatus(rawValue: row.7) ?? .inactive, createdAt: row.8, updatedAt: row.9
        )
        return ProductRow(product: product, stockVersion: row.5)
    }
}

/// A statement that must return a row returned none (a broken invariant, never a client's mistake).
struct RowNotReturned: Error, CustomStringConvertible {
    var statement: String
    var description: String { "\(statement) returned no row" }
}

extension ProductRow {
    /// `ProductRepository.columns` as decoded.
    typealias Columns = (UUID, String, String, Int, Int, Int64, String, String, Date, Date)
}
