import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct OrderConcurrencyTests {
    @Test func fiftyConcurrentOrdersForTenUnitsSellExactlyTen() async throws {
        try await Harness.run([.poolMax: "20"]) { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 10)
            let buyers = try await withThrowingTaskGroup(of: Harness.Account.self) { group in
                for _ in 0..<5 { group.addTask { try await app.register("buyer") } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<50 {
                    let buyer = buyers[index % buyers.count]
                    group.addTask { try await app.order([(product.id, 1)], token: buyer.token).status.code }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == 201 }.count == 10)
            #expect(statuses.filter { $0 == 409 }.count == 40)
            #expect(try await app.stock(of: product.id) == 0)
            let orders = try await app.send(.get, "/api/v1/orders", token: admin.token).decode(Page<Order>.self)
            #expect(orders.pagination.total == 10)
        }
    }
}
