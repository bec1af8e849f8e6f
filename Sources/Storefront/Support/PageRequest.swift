/// Which slice of a list the client asked for: `page` from 1, `limit` defaulting to 20 and capped at 100
/// so no request can ask the database for an unbounded page.
struct PageRequest: Sendable, Equatable {
    static let defaultLimit = 20
    static let maximumLimit = 100

    let page: Int
    let limit: Int

    /// Rows to skip.
    var offset: Int { (page - 1) * limit }

    /// Parses the query values; non-numbers and values below 1 are validation errors, limits above the cap
    /// are lowered to it.
    init(page: String?, limit: String?) throws(APIError) {
        var validator = Validator()
        let pageValue = page.map { Int($0) } ?? 1
        let limitValue = limit.map { Int($0) } ?? Self.defaultLimit
        validator.check((pageValue ?? 0) >= 1 && (pageValue ?? 0) <= 1_000_000, "page", "must be an integer from 1 to 1000000")
        validator.check((limitValue ?? 0) >= 1, "limit", "must be a positive integer")
        try validator.throwIfInvalid()
        self.page = pageValue!
        self.limit = min(limitValue!, Self.maximumLimit)
    }
}

/// Where a page sits in the whole list, returned beside the items.
struct PageInfo: Codable, Sendable, Equatable {
    let page: Int
    let limit: Int
    let total: Int
    let totalPages: Int

    enum CodingKeys: String, CodingKey {
        case page, limit, total
        case totalPages = "total_pages"
    }

    init(request: PageRequest, total: Int) {
        page = request.page
        limit = request.limit
        self.total = total
        totalPages = total == 0 ? 0 : (total + request.limit - 1) / request.limit
    }
}

/// A page of items with its position.
struct Page<Item: Codable & Sendable>: Codable, Sendable {
    let data: [Item]
    let pagination: PageInfo
}
