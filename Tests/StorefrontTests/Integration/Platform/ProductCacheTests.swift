import Foundation
import HTTPTypes
import TestSupport
import Testing

@testable import Storefront

@Suite(
    "Product cache layers against PostgreSQL and redis-server",
    .enabled(if: !TestDatabase.isSkipped && !TestRedis.skipped, "needs PostgreSQL and Redis")
)
struct ProductCacheTests {
    @Test func aSecondReadIsAHitThatDoesNotTouchPostgreSQL() async throws {
        try await Harness.run { app in
            let product = try await app.createProduct(admin: try await app.admin(), name: "Cached")
            #expect(try await app.name(of: product.id) == "Cached")
            try await app.renameInDatabase(product.id, to: "Changed behind the cache")
            #expect(try await app.name(of: product.id) == "Cached")
            #expect(try await app.metric("storefront_cache_requests_total", matching: ["layer=\"local\"", "result=\"hit\""]) == 1)
        }
    }

    @Test func anUpdateThroughTheAPIInvalidatesTheCachedProduct() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, name: "Before")
            #expect(try await app.name(of: product.id) == "Before")
            let patch = try await app.send(.patch, "/api/v1/products/\(product.id)", token: admin.token, json: ["name": "After"])
            #expect(patch.status == .ok)
            #expect(try await app.name(of: product.id) == "After")
        }
    }

    @Test func ordersAndCancellationsNeverLeaveStaleStockCached() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 10)
            let buyer = try await app.register()
            #expect(try await app.stock(of: product.id) == 10)
            let placed = try await app.order([(product.id, 3)], token: buyer.token)
            #expect(placed.status == .created)
            #expect(try await app.stock(of: product.id) == 7)
            let order = try placed.decode(Order.self)
            let cancel = try await app.send(.patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "cancelled"])
            #expect(cancel.status == .ok)
            #expect(try await app.stock(of: product.id) == 10)
        }
    }

    @Test func aCachedListingShowsANewProductAfterItIsCreated() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            _ = try await app.createProduct(admin: admin, name: "First")
            let before = try await app.send(.get, "/api/v1/products").decode(Page<Product>.self)
            #expect(before.data.map(\.name) == ["First"])
            _ = try await app.createProduct(admin: admin, name: "Second")
            let after = try await app.send(.get, "/api/v1/products").decode(Page<Product>.self)
            #expect(Set(after.data.map(\.name)) == ["First", "Second"])
        }
    }

    @Test func anotherInstanceIsServedFromTheSharedRedisLayer() async throws {
        try await Harness.runPair { first, second in
            let product = try await first.createProduct(admin: try await first.admin(), name: "Shared")
            #expect(try await first.name(of: product.id) == "Shared")
            try await first.renameInDatabase(product.id, to: "Changed behind the cache")
            #expect(try await second.name(of: product.id) == "Shared")
            #expect(try await second.metric("storefront_cache_requests_total", matching: ["layer=\"redis\"", "result=\"hit\""]) == 1)
        }
    }

    @Test func anotherInstancesInProcessLayerSeesAWriteWithinTheCheckInterval() async throws {
        try await Harness.runPair([.cacheGenerationCheck: "100ms"]) { first, second in
            let admin = try await first.admin()
            let product = try await first.createProduct(admin: admin, name: "Old")
            #expect(try await second.name(of: product.id) == "Old")
            #expect(try await second.name(of: product.id) == "Old")
            let patch = try await first.send(.patch, "/api/v1/products/\(product.id)", token: admin.token, json: ["name": "New"])
            #expect(patch.status == .ok)
            try await Task.sleep(for: .milliseconds(150))
            #expect(try await second.name(of: product.id) == "New")
        }
    }
}
