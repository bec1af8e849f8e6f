import Foundation
import PostgresNIO

/// `GET /products/{id}` on a cache miss: prepared once per connection, as it runs for every product
/// that is not cached.
struct FindProduct: PostgresPreparedStatement {
    static let sql = "SELECT \(ProductRepository.columns) FROM \(ProductRepository.source) WHERE p.id = $1 AND p.deleted_at IS NULL"
    typealias Row = ProductRow.Columns
    static var bindingDataTypes: [PostgresDataType] { [.uuid] }

    var id: UUID

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(id)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}

/// The current stock of a set of products, for figures the `StockBook` holds no fresh value of.
struct StockOfProducts: PostgresPreparedStatement {
    static let sql = "SELECT product_id, stock, version FROM product_stock WHERE product_id = ANY($1)"
    typealias Row = (UUID, Int, Int64)
    static var bindingDataTypes: [PostgresDataType] { [.uuidArray] }

    var ids: [UUID]

    func makeBindings() -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(ids)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> Row {
        try row.decode(Row.self)
    }
}
