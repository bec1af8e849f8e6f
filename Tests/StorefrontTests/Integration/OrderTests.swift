import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct OrderTests {
    @Test func createReturns201WithServerComputedTotal() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let lamp = try await app.createProduct(admin: admin, price: 2599, stock: 5)
            let mug = try await app.createProduct(admin: admin, price: 450, stock: 5)
            let user = try await app.register()
            let response = try await app.order([(lamp.id, 2), (mug.id, 3)], token: user.token)
            #expect(response.status == .created)
            let order = try response.decode(Order.self)
            #expect(order.userID == user.id)
            #expect(order.status == .pending)
            #expect(order.total == 2 * 2599 + 3 * 450)
            #expect(order.total == order.items.map(\.lineTotal).reduce(0, +))
            #expect(try await app.stock(of: lamp.id) == 3)
            #expect(try await app.stock(of: mug.id) == 2)
        }
    }

    @Test func totalsEqualTheSumOfTheirItemsWhenReadBack() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let products = [
                try await app.createProduct(admin: admin, price: 199, stock: 50),
                try await app.createProduct(admin: admin, price: 1050, stock: 50),
                try await app.createProduct(admin: admin, price: 7, stock: 50),
            ]
            let user = try await app.register()
            for quantities in [[1, 2, 3], [4, 0, 1], [0, 5, 9]] {
                let lines = zip(products, quantities).filter { $0.1 > 0 }.map { ($0.0.id, $0.1) }
                #expect(try await app.order(lines, token: user.token).status == .created)
            }
            let page = try await app.send(.get, "/api/v1/orders", token: user.token).decode(Page<Order>.self)
            #expect(page.data.count == 3)
            for order in page.data {
                let rawJSON = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(order)) as! [String: Any]
                let items = rawJSON["items"] as! [[String: Any]]
                #expect(order.total == items.map { $0["line_total"] as! Int }.reduce(0, +))
            }
        }
    }

    @Test func clientSuppliedTotalsPricesAndOwnersAreIgnored() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, price: 1000, stock: 5)
            let user = try await app.register()
            let response = try await app.send(
                .post, "/api/v1/orders", token: user.token,
                json: [
                    "id": "00000000-0000-0000-0000-000000000001", "total": 1, "status": "shipped",
                    "user_id": .string(admin.id.uuidString),
                    "items": [
                        ["product_id": .string(product.id.uuidString), "quantity": 2, "price": 1, "unit_price": 1]
                    ],
                ]
            )
            let order = try response.decode(Order.self)
            #expect(order.total == 2000)
            #expect(order.items.first?.unitPrice == 1000)
            #expect(order.status == .pending)
            #expect(order.userID == user.id)
            #expect(order.id.uuidString != "00000000-0000-0000-0000-000000000001")
        }
    }

    @Test func insufficientStockIsAConflictAndChangesNothing() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let plenty = try await app.createProduct(admin: admin, stock: 10)
            let scarce = try await app.createProduct(admin: admin, stock: 1)
            let user = try await app.register()
            let response = try await app.order([(plenty.id, 1), (scarce.id, 2)], token: user.token)
            #expect(response.status == .conflict)
            #expect(response.errorCode == "CONFLICT")
            #expect(try await app.stock(of: plenty.id) == 10)
            #expect(try await app.stock(of: scarce.id) == 1)
        }
    }

    @Test func orderingAnUnknownProductIsAValidationError() async throws {
        try await Harness.run { app in
            let user = try await app.register()
            let response = try await app.order([(UUID(), 1)], token: user.token)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "VALIDATION_ERROR")
        }
    }

    @Test func emptyOrdersAreRejected() async throws {
        try await Harness.run { app in
            let user = try await app.register()
            let response = try await app.send(.post, "/api/v1/orders", token: user.token, json: ["items": []])
            #expect(response.status == .badRequest)
        }
    }

    @Test func guestsCannotOrder() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin)
            let guest = try await app.register("guest")
            try await app.services.users.update(
                id: guest.id, role: .guest, passwordHash: try await app.services.hasher.hash("correct-horse"))
            let login = try await app.send(
                .post, "/api/v1/auth/login", json: ["email": .string(guest.email), "password": "correct-horse"])
            let response = try await app.order([(product.id, 1)], token: try login.decode(AuthResponse.self).token)
            #expect(response.status == .forbidden)
            #expect(try await app.stock(of: product.id) == 10)
        }
    }

    @Test func ordersNeedAToken() async throws {
        try await Harness.run { app in
            let responses = [
                try await app.send(.post, "/api/v1/orders", json: ["items": []]),
                try await app.send(.get, "/api/v1/orders"),
                try await app.send(.get, "/api/v1/orders/\(UUID())"),
            ]
            #expect(responses.map(\.status) == [.unauthorized, .unauthorized, .unauthorized])
        }
    }

    @Test func usersListOnlyTheirOwnOrdersAndAdminsSeeAll() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 10)
            let alice = try await app.register("alice")
            let bob = try await app.register("bob")
            _ = try await app.order([(product.id, 1)], token: alice.token)
            _ = try await app.order([(product.id, 1)], token: bob.token)
            _ = try await app.order([(product.id, 1)], token: bob.token)
            let alices = try await app.send(.get, "/api/v1/orders", token: alice.token).decode(Page<Order>.self)
            #expect(alices.data.map(\.userID) == [alice.id])
            let all = try await app.send(.get, "/api/v1/orders", token: admin.token).decode(Page<Order>.self)
            #expect(all.pagination.total == 3)
        }
    }

    @Test func listingRejectsBadPagination() async throws {
        try await Harness.run { app in
            let user = try await app.register()
            let response = try await app.send(.get, "/api/v1/orders?page=zero", token: user.token)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "VALIDATION_ERROR")
        }
    }

    @Test func anotherUsersOrderIsNotFound() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin)
            let alice = try await app.register("alice")
            let bob = try await app.register("bob")
            let order = try await app.order([(product.id, 1)], token: alice.token).decode(Order.self)
            #expect(try await app.send(.get, "/api/v1/orders/\(order.id)", token: alice.token).status == .ok)
            let response = try await app.send(.get, "/api/v1/orders/\(order.id)", token: bob.token)
            #expect(response.status == .notFound)
            #expect(response.errorCode == "RESOURCE_NOT_FOUND")
            #expect(try await app.send(.get, "/api/v1/orders/\(order.id)", token: admin.token).status == .ok)
        }
    }

    @Test func usersCannotChangeOrderStatus() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin)
            let alice = try await app.register("alice")
            let order = try await app.order([(product.id, 1)], token: alice.token).decode(Order.self)
            let response = try await app.send(
                .patch, "/api/v1/orders/\(order.id)", token: alice.token, json: ["status": "shipped"])
            #expect(response.status == .forbidden)
        }
    }

    @Test func adminsMoveOrdersAlongAllowedTransitions() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin)
            let user = try await app.register()
            let order = try await app.order([(product.id, 1)], token: user.token).decode(Order.self)
            let paid = try await app.send(
                .patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "paid"])
            #expect(try paid.decode(Order.self).status == .paid)
            let shipped = try await app.send(
                .patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "shipped"])
            #expect(try shipped.decode(Order.self).status == .shipped)
            let cancelled = try await app.send(
                .patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "cancelled"])
            #expect(cancelled.status == .conflict)
        }
    }

    @Test func cancellingRestoresStock() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, stock: 5)
            let user = try await app.register()
            let order = try await app.order([(product.id, 3)], token: user.token).decode(Order.self)
            #expect(try await app.stock(of: product.id) == 2)
            let response = try await app.send(
                .patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "cancelled"])
            #expect(try response.decode(Order.self).status == .cancelled)
            #expect(try await app.stock(of: product.id) == 5)
        }
    }

    @Test func statusChangesValidateTheBodyAndTheOrder() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            #expect(
                try await app.send(.patch, "/api/v1/orders/\(UUID())", token: admin.token, json: ["status": "paid"])
                    .status == .notFound)
            let product = try await app.createProduct(admin: admin)
            let order = try await app.order([(product.id, 1)], token: admin.token).decode(Order.self)
            let bad = try await app.send(
                .patch, "/api/v1/orders/\(order.id)", token: admin.token, json: ["status": "teleported"])
            #expect(bad.status == .badRequest)
        }
    }
}
