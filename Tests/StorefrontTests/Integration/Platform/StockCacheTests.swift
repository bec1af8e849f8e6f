import Foundation
import TestSupport
import Testing

@testable import Storefront

@Suite(
    "Stock in cached catalogue bodies, against PostgreSQL and redis-server",
    .enabled(if: !TestDatabase.isSkipped && !TestRedis.skipped, "needs PostgreSQL and Redis")
)
struct StockCacheTests {
    @Test func anOrderDoesNotEvictCachedListPagesAndTheChangedProductReadsFresh() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let lamp = try await app.createProduct(admin: admin, name: "Lamp", stock: 10)
            let mug = try await app.createProduct(admin: admin, name: "Mug", stock: 5)
            let buyer = try await app.register()
            let firstPage = try await app.send(.get, "/api/v1/products?limit=1").decode(Page<Product>.self)
            let secondPage = try await app.send(.get, "/api/v1/products?page=2&limit=1").decode(Page<Product>.self)
            #expect(try await app.stock(of: lamp.id) == 10)
            let hits = try await app.metric("storefront_cache_requests_total", matching: ["layer=\"local\"", "result=\"hit\""])
            let misses = try await app.metric("storefront_cache_requests_total", matching: ["result=\"miss\""])
            let invalidations = try await app.metric("storefront_cache_invalidations_total")

            #expect(try await app.order([(lamp.id, 3)], token: buyer.token).status == .created)

            let pages = [
                try await app.send(.get, "/api/v1/products?limit=1").decode(Page<Product>.self),
                try await app.send(.get, "/api/v1/products?page=2&limit=1").decode(Page<Product>.self),
            ]
            #expect(try await app.metric("storefront_cache_invalidations_total") == invalidations, "the order retired nothing")
            #expect(try await app.metric("storefront_cache_requests_total", matching: ["result=\"miss\""]) == misses)
            #expect(
                try await app.metric("storefront_cache_requests_total", matching: ["layer=\"local\"", "result=\"hit\""]) == hits + 2,
                "both list pages were served from the in-process layer")
            #expect(pages.map { $0.data.map(\.id) } == [firstPage.data.map(\.id), secondPage.data.map(\.id)])
            let listed = Dictionary(uniqueKeysWithValues: pages.flatMap(\.data).map { ($0.id, $0.stock) })
            #expect(listed == [lamp.id: 7, mug.id: 5], "the cached pages show the stock the order left")
            #expect(try await app.stock(of: lamp.id) == 7, "the changed product reads fresh")
        }
    }

    @Test func sellingTheLastUnitTakesTheProductOutOfInStockListings() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let last = try await app.createProduct(admin: admin, name: "Last one", stock: 1)
            let plenty = try await app.createProduct(admin: admin, name: "Plenty", stock: 50)
            let buyer = try await app.register()
            let before = try await app.send(.get, "/api/v1/products?in_stock=true").decode(Page<Product>.self)
            #expect(Set(before.data.map(\.id)) == [last.id, plenty.id])
            #expect(try await app.order([(last.id, 1)], token: buyer.token).status == .created)
            let after = try await app.send(.get, "/api/v1/products?in_stock=true").decode(Page<Product>.self)
            #expect(after.data.map(\.id) == [plenty.id])
            #expect(after.pagination.total == 1)
        }
    }

    @Test func aCancellationPutsTheProductBackInStock() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 2)
            let order = try await app.order([(product.id, 2)], token: admin.token).decode(Order.self)
            #expect(try await app.send(.get, "/api/v1/products?in_stock=true").decode(Page<Product>.self).data.isEmpty)
            let cancel = try await app.send(.patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "cancelled"])
            #expect(cancel.status == .ok)
            let listed = try await app.send(.get, "/api/v1/products?in_stock=true").decode(Page<Product>.self)
            #expect(listed.data.map(\.stock) == [2])
        }
    }

    @Test func anotherInstanceShowsAnOrdersStockWithinTheCheckInterval() async throws {
        try await Harness.runPair([.cacheGenerationCheck: "100ms"]) { first, second in
            let admin = try await first.admin()
            let product = try await first.createProduct(admin: admin, stock: 10)
            #expect(try await second.stock(of: product.id) == 10)
            #expect(try await first.order([(product.id, 4)], token: admin.token).status == .created)
            try await Task.sleep(for: .milliseconds(150))
            #expect(try await second.stock(of: product.id) == 6)
        }
    }
}
