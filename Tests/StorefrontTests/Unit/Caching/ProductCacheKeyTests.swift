import Foundation
import Testing

@testable import Storefront

@Suite struct ProductCacheKeyTests {
    let page = try! PageRequest(page: "2", limit: "20")

    private func listing(_ parameters: [(String, String)]) throws -> ProductCacheKey {
        .listing(try ProductListQuery(parameters: parameters.map { (key: $0.0, value: $0.1) }), page)
    }

    @Test func productKeyIsTheTemplatesAndIgnoresTheGeneration() throws {
        let id = try #require(UUID(uuidString: "6F1C2A8E-0000-4000-8000-000000000001"))
        #expect(ProductCacheKey.product(id).key(generation: 3) == "product:6f1c2a8e-0000-4000-8000-000000000001")
        #expect(ProductCacheKey.product(id).key(generation: 4, prefix: "db1:") == "db1:product:6f1c2a8e-0000-4000-8000-000000000001")
    }

    @Test func onlyListingsFilteredOnStockAreReadThrough() throws {
        let id = try #require(UUID(uuidString: "6F1C2A8E-0000-4000-8000-000000000001"))
        #expect(ProductCacheKey.product(id).isCacheable)
        #expect(try listing([("min_price", "100")]).isCacheable)
        #expect(try listing([("q", "lamp"), ("in_stock", "false")]).isCacheable)
        #expect(try !listing([("in_stock", "true")]).isCacheable)
        #expect(try !listing([("q", "lamp"), ("in_stock", "true")]).isCacheable)
    }

    @Test func listKeyCarriesGenerationFilterAndPage() throws {
        let key = try listing([("min_price", "100"), ("in_stock", "true")]).key(generation: 9)
        #expect(key == "product:list:v9:status=active&sort=-created_at&min=100&in_stock:2x20")
    }

    @Test func equalFiltersInAnyOrderShareAKey() throws {
        let first = try listing([("attr.color", "red"), ("attr.size", "m")]).key(generation: 1)
        let second = try listing([("attr.size", "m"), ("attr.color", "red")]).key(generation: 1)
        #expect(first == second)
    }

    @Test func searchesUseTheSearchKeyCaseInsensitively() throws {
        let key = try listing([("q", "Blue Widget")]).key(generation: 2)
        #expect(key.hasPrefix("product:search:v2:blue%20widget:"))
        #expect(try listing([("q", "blue widget")]).key(generation: 2) == key)
    }

    @Test func valuesCannotForgeSeparators() throws {
        let forged = try listing([("attr.a", "1&attr.b=2")]).key(generation: 1)
        let genuine = try listing([("attr.a", "1"), ("attr.b", "2")]).key(generation: 1)
        #expect(forged != genuine)
    }
}
