import Foundation
import Hummingbird

/// An order as clients see it, with its lines; `total` always equals the sum of `line_total`s.
struct Order: Codable, Sendable, Equatable, ResponseEncodable {
    struct Item: Codable, Sendable, Equatable {
        var productID: UUID
        var productName: String
        var quantity: Int
        var unitPrice: Int
        var lineTotal: Int { unitPrice * quantity }

        enum CodingKeys: String, CodingKey {
            case productID = "product_id"
            case productName = "product_name"
            case quantity
            case unitPrice = "unit_price"
            case lineTotal = "line_total"
        }

        init(productID: UUID, productName: String, quantity: Int, unitPrice: Int) {
            self.productID = productID
            self.productName = productName
            self.quantity = quantity
            self.unitPrice = unitPrice
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            productID = try container.decode(UUID.self, forKey: .productID)
            productName = try container.decode(String.self, forKey: .productName)
            quantity = try container.decode(Int.self, forKey: .quantity)
            unitPrice = try container.decode(Int.self, forKey: .unitPrice)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(productID, forKey: .productID)
            try container.encode(productName, forKey: .productName)
            try container.encode(quantity, forKey: .quantity)
            try container.encode(unitPrice, forKey: .unitPrice)
            try container.encode(lineTotal, forKey: .lineTotal)
        }
    }

    var id: UUID
    var userID: UUID
    var status: OrderStatus
    var total: Int
    var items: [Item]
    var createdAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, status, total, items
        case userID = "user_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
