import Crypto
import Foundation

/// `POST /orders` body. Only `items` is read: `total`, `price`, `status`, `user_id` or `id` in the body
/// are ignored, because the server decides them.
struct CreateOrderRequest: Decodable, Sendable {
    struct Item: Decodable, Sendable {
        var productID: UUID
        var quantity: Int

        enum CodingKeys: String, CodingKey {
            case productID = "product_id"
            case quantity
        }
    }

    var items: [Item]
}

/// A validated order before it touches the database: lines merged per product and sorted by product id,
/// so concurrent orders lock rows in the same order and cannot deadlock.
struct OrderDraft: Sendable, Equatable {
    struct Line: Sendable, Equatable {
        var productID: UUID
        var quantity: Int
    }

    static let maximumLines = 100
    static let maximumQuantity = 10_000

    let lines: [Line]

    init(_ request: CreateOrderRequest) throws(APIError) {
        var validator = Validator()
        validator.check(!request.items.isEmpty, "items", "must contain at least one item")
        validator.check(request.items.count <= Self.maximumLines, "items", "must contain at most \(Self.maximumLines) items")
        for (index, item) in request.items.enumerated() {
            validator.check(
                item.quantity >= 1 && item.quantity <= Self.maximumQuantity,
                "items.\(index).quantity", "must be 1 to \(Self.maximumQuantity)"
            )
        }
        try validator.throwIfInvalid()
        var merged: [UUID: Int] = [:]
        for item in request.items {
            merged[item.productID, default: 0] += item.quantity
        }
        var overflow = Validator()
        for (id, quantity) in merged {
            overflow.check(quantity <= Self.maximumQuantity, "items", "product \(id) is ordered more than \(Self.maximumQuantity) times")
        }
        try overflow.throwIfInvalid()
        lines = merged.map { Line(productID: $0.key, quantity: $0.value) }.sorted { $0.productID.uuidString < $1.productID.uuidString }
    }

    /// A canonical text of the order, hashed to recognise a retried request under the same Idempotency-Key.
    var fingerprint: String {
        lines.map { "\($0.productID.uuidString.lowercased())x\($0.quantity)" }.joined(separator: ",")
    }

    /// The SHA-256 of `fingerprint` in lower-case hex, as stored in `idempotency_keys.request_hash`.
    var requestHash: String {
        SHA256.hash(data: Array(fingerprint.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
