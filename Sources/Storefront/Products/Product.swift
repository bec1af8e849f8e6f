import Foundation

/// Whether a product is offered; inactive products are hidden from listings but keep their history.
enum ProductStatus: String, Codable, Sendable, CaseIterable {
    case active, inactive
}

/// A catalogue entry. Money is in minor units (cents) so totals never suffer float rounding.
struct Product: Codable, Sendable, Equatable {
    var id: UUID
    var name: String
    var description: String
    var price: Int
    var stock: Int
    var attributes: [String: JSONValue]
    var status: ProductStatus
    var createdAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, name, description, price, stock, attributes, status
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
