import Foundation
import Logging
import PostgresNIO

/// Parameterised SQL for `products`. Deleted rows (`deleted_at` set) are invisible to every method.
struct ProductRepository: Sendable {
    let client: PostgresClient
    let logger: Logger

    static let columns = "id, name, description, price, stock, attributes::text, status, created_at, updated_at"

    /// One page of live products matching `query`, and how many match in total.
    func list(_ query: ProductListQuery, page: PageRequest) async throws -> (products: [Product], total: Int) {
        var sql = SQLBuilder("SELECT \(Self.columns), count(*) OVER () FROM products")
        try Self.appendFilters(query, to: &sql)
        sql.append(" ORDER BY \(query.sort.orderBy) LIMIT ")
        sql.bind(page.limit)
        sql.append(" OFFSET ")
        sql.bind(page.offset)

        var products: [Product] = []
        var total = 0
        let rows = try await client.query(sql.query, logger: logger)
        for try await row in rows.decode((UUID, String, String, Int, Int, String, String, Date, Date, Int).self) {
            products.append(try Self.product(from: (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8)))
            total = row.9
        }
        if products.isEmpty, page.page > 1 {
            total = try await self.count(query)
        }
        return (products, total)
    }

    /// The live product with `id`, if any (inactive ones included, for direct links and admins).
    func find(id: UUID) async throws -> Product? {
        try await first(client.query("SELECT \(unescaped: Self.columns) FROM products WHERE id = \(id) AND deleted_at IS NULL", logger: logger))
    }

    func create(_ changes: ProductChanges) async throws -> Product {
        let rows = try await client.query(
            """
            INSERT INTO products (name, description, price, stock, attributes, status)
            VALUES (\(changes.name ?? ""), \(changes.description ?? ""), \(changes.price ?? 0), \(changes.stock ?? 0),
                    \(try JSONValue.object(changes.attributes ?? [:]).jsonText())::jsonb, \((changes.status ?? .active).rawValue))
            RETURNING \(unescaped: Self.columns)
            """,
            logger: logger
        )
        guard let product = try await first(rows) else { throw APIError.internalError }
        return product
    }

    /// Applies the non-nil fields of `changes`; nil when the product does not exist (or is deleted).
    func update(id: UUID, _ changes: ProductChanges) async throws -> Product? {
        let attributes = try changes.attributes.map { try JSONValue.object($0).jsonText() }
        return try await first(
            client.query(
                """
                UPDATE products SET
                    name = COALESCE(\(changes.name), name),
                    description = COALESCE(\(changes.description), description),
                    price = COALESCE(\(changes.price), price),
                    stock = COALESCE(\(changes.stock), stock),
                    attributes = COALESCE(\(attributes)::jsonb, attributes),
                    status = COALESCE(\(changes.status?.rawValue), status),
                    updated_at = now()
                WHERE id = \(id) AND deleted_at IS NULL
                RETURNING \(unescaped: Self.columns)
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

    private func count(_ query: ProductListQuery) async throws -> Int {
        var sql = SQLBuilder("SELECT count(*) FROM products")
        try Self.appendFilters(query, to: &sql)
        for try await count in try await client.query(sql.query, logger: logger).decode(Int.self) {
            return count
        }
        return 0
    }

    /// The WHERE clause shared by the page and its count: live rows with the requested status and filters.
    private static func appendFilters(_ query: ProductListQuery, to sql: inout SQLBuilder) throws {
        sql.append(" WHERE deleted_at IS NULL AND status = ")
        sql.bind(query.status.rawValue)
        if let search = query.search {
            sql.append(" AND search @@ plainto_tsquery('simple', ")
            sql.bind(search)
            sql.append(")")
        }
        if let minPrice = query.minPrice {
            sql.append(" AND price >= ")
            sql.bind(minPrice)
        }
        if let maxPrice = query.maxPrice {
            sql.append(" AND price <= ")
            sql.bind(maxPrice)
        }
        if query.inStock {
            sql.append(" AND stock > 0")
        }
        if !query.attributes.isEmpty {
            sql.append(" AND attributes @> ")
            sql.bind(try JSONValue.object(query.attributes.mapValues { .string($0) }).jsonText())
            sql.append("::jsonb")
        }
    }

    private func first(_ rows: PostgresRowSequence) async throws -> Product? {
        for try await row in rows.decode((UUID, String, String, Int, Int, String, String, Date, Date).self) {
            return try Self.product(from: row)
        }
        return nil
    }

    private static func product(from row: (UUID, String, String, Int, Int, String, String, Date, Date)) throws -> Product {
        let attributes = try JSONDecoder().decode([String: JSONValue].self, from: Data(row.5.utf8))
        return Product(
            id: row.0, name: row.1, description: row.2, price: row.3, stock: row.4, attributes: attributes,
            status: ProductStatus(rawValue: row.6) ?? .inactive, createdAt: row.7, updatedAt: row.8
        )
    }
}
