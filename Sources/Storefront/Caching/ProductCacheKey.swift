import Foundation

/// What can be cached about the catalogue, and the Redis key of each (the template's keys, with the
/// catalogue generation inside list and search keys so one INCR retires them all).
enum ProductCacheKey: Sendable {
    /// One product: `product:{id}`; deleted explicitly when the product changes.
    case product(UUID)
    /// One page of a listing: `product:list:v{generation}:{filter}:{page}`, or
    /// `product:search:v{generation}:{query}:{filter}:{page}` when the listing has a text query.
    case listing(ProductListQuery, PageRequest)

    /// Whether the body may be cached. A listing filtered on `in_stock` is not: which products it holds
    /// changes whenever one sells out or comes back, which under an order load is many times a second, and
    /// keeping it cached meant moving the catalogue generation (retiring every list and search page) each
    /// time. It is read from PostgreSQL instead, so stock changes retire nothing.
    var isCacheable: Bool {
        switch self {
        case .product: true
        case .listing(let query, _): !query.inStock
        }
    }

    /// The counter every change increments, after `prefix` (CACHE_KEY_PREFIX).
    static func generationKey(prefix: String) -> String {
        prefix + "product:generation"
    }

    /// The Redis (and in-process) key under `generation`, after `prefix`.
    func key(generation: Int64, prefix: String = "") -> String {
        prefix + unprefixedKey(generation: generation)
    }

    private func unprefixedKey(generation: Int64) -> String {
        switch self {
        case .product(let id):
            return "product:\(id.uuidString.lowercased())"
        case .listing(let query, let page):
            let pageText = "\(page.page)x\(page.limit)"
            let filter = Self.canonicalFilter(query)
            if let search = query.search {
                return "product:search:v\(generation):\(Self.encoded(search.lowercased())):\(filter):\(pageText)"
            }
            return "product:list:v\(generation):\(filter):\(pageText)"
        }
    }

    /// The filters in a fixed order with encoded values, so equal listings share a key and no value can
    /// forge a separator.
    static func canonicalFilter(_ query: ProductListQuery) -> String {
        var parts = ["status=\(query.status.rawValue)", "sort=\(query.sort.rawValue)"]
        if let minPrice = query.minPrice { parts.append("min=\(minPrice)") }
        if let maxPrice = query.maxPrice { parts.append("max=\(maxPrice)") }
        if query.inStock { parts.append("in_stock") }
        for (name, value) in query.attributes.sorted(by: { $0.key < $1.key }) {
            parts.append("attr.\(encoded(name))=\(encoded(value))")
        }
        return parts.joined(separator: "&")
    }

    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
