import Testing

@testable import Storefront

@Suite struct ProductListQueryTests {
    @Test func parsesFiltersSearchAndSort() throws {
        let query = try ProductListQuery(parameters: [
            ("q", " lamp "), ("min_price", "100"), ("max_price", "900"), ("in_stock", "true"),
            ("sort", "-price"), ("attr.color", "red"), ("page", "2"),
        ])
        #expect(query.search == "lamp")
        #expect(query.minPrice == 100)
        #expect(query.maxPrice == 900)
        #expect(query.inStock)
        #expect(query.sort == .priceDescending)
        #expect(query.attributes == ["color": "red"])
    }

    @Test func defaultsToNewestActiveProducts() throws {
        let query = try ProductListQuery(parameters: [])
        #expect(query.sort == .newest)
        #expect(query.status == .active)
    }

    @Test func rejectsSortColumnsOutsideTheWhitelist() {
        #expect(throws: APIError.self) { try ProductListQuery(parameters: [("sort", "password_hash")]) }
    }

    @Test func reportsEveryBadParameter() throws {
        let error = #expect(throws: APIError.self) {
            try ProductListQuery(parameters: [("min_price", "-1"), ("status", "gone"), ("in_stock", "yes")])
        }
        #expect(error?.details.compactMap(\.field).sorted() == ["in_stock", "min_price", "status"])
    }

    @Test func rejectsAnInvertedPriceRange() {
        #expect(throws: APIError.self) { try ProductListQuery(parameters: [("min_price", "10"), ("max_price", "5")]) }
    }
}
