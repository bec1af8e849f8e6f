import Foundation

/// A product's stock as PostgreSQL last wrote it: `version` grows by one with every write to the row, so
/// of two readings of the same product the one with the higher version is the newer, whatever order they
/// arrive in.
struct StockLevel: Sendable, Equatable {
    var productID: UUID
    var stock: Int
    var version: Int64
}
