import Foundation

/// A product as read from PostgreSQL, with the version of the stock figure it shows, so the figure can be
/// given to the `StockBook` without being mistaken for a newer or older one.
struct ProductRow: Sendable, Equatable {
    var product: Product
    var stockVersion: Int64

    /// The stock figure this row shows.
    var stockLevel: StockLevel {
        StockLevel(productID: product.id, stock: product.stock, version: stockVersion)
    }
}
