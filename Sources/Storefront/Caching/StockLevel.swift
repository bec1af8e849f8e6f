import Foundation

/// A product's stock as PostgreSQL last wrote it: `version` grows by one with every write to the row, so
/// of two readings of the same product the one with the higher version is the newer, whatever order they
/// arrive in.
struct StockLevel: Sendable, Equatable {
    var productID: UUID
    var stock: Int
    var version: Int64
}

/// A write's effect on one product's stock, as the writer learnt it from `RETURNING`: the new level and
/// whether the product was in stock before, so a sale of the last unit (or a restock from zero), which
/// changes what `in_stock=true` listings contain, can be told from an ordinary stock change.
struct StockChange: Sendable, Equatable {
    var level: StockLevel
    var wasInStock: Bool

    /// Whether the product crossed between "in stock" and "sold out".
    var crossesZero: Bool { (level.stock > 0) != wasInStock }
}
