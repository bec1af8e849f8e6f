import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct IdempotencyTests {
    @Test func theSameKeyTwiceCreatesOneOrder() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 10)
            let user = try await app.register()
            let first = try await app.order([(product.id, 2)], token: user.token, key: "checkout-123")
            let second = try await app.order([(product.id, 2)], token: user.token, key: "checkout-123")
            #expect(first.status == .created)
            #expect(second.status == .created)
            #expect(try first.decode(Order.self) == second.decode(Order.self))
            #expect(second.headers[.idempotentReplayed] == "true")
            #expect(try await app.stock(of: product.id) == 8)
            #expect(
                try await app.send(.get, "/api/v1/orders", token: user.token).decode(Page<Order>.self).pagination.total
                    == 1)
        }
    }

    @Test func concurrentRetriesWithOneKeyCreateOneOrder() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 10)
            let user = try await app.register()
            let ids = try await withThrowingTaskGroup(of: UUID.self) { group in
                for _ in 0..<5 {
                    group.addTask {
                        try await app.order([(product.id, 1)], token: user.token, key: "retry-storm").decode(Order.self)
                            .id
                    }
                }
                return try await group.reduce(into: Set<UUID>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            #expect(try await app.stock(of: product.id) == 9)
        }
    }

    @Test func reusingAKeyForADifferentOrderIsAConflict() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 10)
            let user = try await app.register()
            _ = try await app.order([(product.id, 1)], token: user.token, key: "k1")
            let response = try await app.order([(product.id, 3)], token: user.token, key: "k1")
            #expect(response.status == .conflict)
            #expect(try await app.stock(of: product.id) == 9)
        }
    }

    @Test func keysAreScopedPerUser() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 10)
            let alice = try await app.register("alice")
            let bob = try await app.register("bob")
            let first = try await app.order([(product.id, 1)], token: alice.token, key: "same").decode(Order.self)
            let second = try await app.order([(product.id, 1)], token: bob.token, key: "same").decode(Order.self)
            #expect(first.id != second.id)
            #expect(second.userID == bob.id)
        }
    }
}
