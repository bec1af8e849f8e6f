/// The validated set of column changes a write applies; nil leaves a column as it is.
struct ProductChanges: Sendable {
    var name: String?
    var description: String?
    var price: Int?
    var stock: Int?
    var attributes: [String: JSONValue]?
    var status: ProductStatus?

    init(
        name: String? = nil, description: String? = nil, price: Int? = nil, stock: Int? = nil,
        attributes: [String: JSONValue]? = nil, status: ProductStatus? = nil
    ) {
        self.name = name
        self.description = description
        self.price = price
        self.stock = stock
        self.attributes = attributes
        self.status = status
    }

    init(_ input: ProductInput) {
        name = input.name
        description = input.description ?? ""
        price = input.price
        stock = input.stock
        attributes = input.attributes ?? [:]
        status = input.status ?? .active
    }

    init(_ patch: ProductPatch) {
        name = patch.name
        description = patch.description
        price = patch.price
        stock = patch.stock
        attributes = patch.attributes
        status = patch.status
    }

    func validate() throws(APIError) {
        var validator = Validator()
        if let name {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            validator.check(!trimmed.isEmpty && trimmed.count <= 200, "name", "must be 1 to 200 characters")
        }
        if let description { validator.check(description.count <= 10_000, "description", "must be at most 10000 characters") }
        if let price { validator.check(price >= 0 && price <= 1_000_000_000_00, "price", "must be 0 to 100000000000 (minor units)") }
        if let stock { validator.check(stock >= 0 && stock <= Int(Int32.max), "stock", "must be 0 to 2147483647") }
        try validator.throwIfInvalid()
    }
}
