/// The listing's filters and order, parsed from query parameters into closed types so the repository
/// only ever sees whitelisted sort columns and typed values.
struct ProductListQuery: Sendable, Equatable {
    /// Sort orders offered (`sort=price`, `sort=-price`, …); the SQL for each is fixed here.
    enum Sort: String, Sendable, CaseIterable {
        case newest = "-created_at"
        case oldest = "created_at"
        case priceAscending = "price"
        case priceDescending = "-price"
        case nameAscending = "name"
        case nameDescending = "-name"

        var orderBy: String {
            switch self {
            case .newest: "created_at DESC, id"
            case .oldest: "created_at ASC, id"
            case .priceAscending: "price ASC, id"
            case .priceDescending: "price DESC, id"
            case .nameAscending: "name ASC, id"
            case .nameDescending: "name DESC, id"
            }
        }
    }

    var search: String?
    var minPrice: Int?
    var maxPrice: Int?
    var inStock = false
    var status: ProductStatus = .active
    /// `attr.color=red` → `["color": "red"]`, matched with JSONB containment (GIN-indexed).
    var attributes: [String: String] = [:]
    var sort: Sort = .newest

    /// Parses `q`, `min_price`, `max_price`, `in_stock`, `status`, `sort` and `attr.<key>`; unknown
    /// values are validation errors listing every problem.
    init(parameters: [(key: String, value: String)]) throws(APIError) {
        var validator = Validator()
        for (key, value) in parameters {
            switch key {
            case "q":
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                validator.check(trimmed.count <= 200, "q", "must be at most 200 characters")
                search = trimmed.isEmpty ? nil : trimmed
            case "min_price":
                minPrice = Int(value)
                validator.check((minPrice ?? -1) >= 0, "min_price", "must be a non-negative integer")
            case "max_price":
                maxPrice = Int(value)
                validator.check((maxPrice ?? -1) >= 0, "max_price", "must be a non-negative integer")
            case "in_stock":
                validator.check(["true", "false"].contains(value), "in_stock", "must be true or false")
                inStock = value == "true"
            case "status":
                let parsed = ProductStatus(rawValue: value)
                validator.check(parsed != nil, "status", "must be active or inactive")
                status = parsed ?? .active
            case "sort":
                let parsed = Sort(rawValue: value)
                validator.check(parsed != nil, "sort", "must be one of \(Sort.allCases.map(\.rawValue).joined(separator: ", "))")
                sort = parsed ?? .newest
            case _ where key.hasPrefix("attr."):
                let name = String(key.dropFirst("attr.".count))
                validator.check(!name.isEmpty, key, "must name an attribute")
                attributes[name] = value
            default:
                continue
            }
        }
        if let minPrice, let maxPrice {
            validator.check(minPrice <= maxPrice, "min_price", "must not exceed max_price")
        }
        try validator.throwIfInvalid()
    }
}
