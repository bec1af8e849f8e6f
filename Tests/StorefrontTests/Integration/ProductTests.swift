import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct ProductTests {
    @Test func adminCreatesAProductWith201AndServerFields() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let response = try await app.send(
                .post, "/api/v1/products", token: admin.token,
                json: [
                    "id": "00000000-0000-0000-0000-000000000001", "name": "Lamp", "price": 2599, "stock": 3,
                    "attributes": ["color": "red"], "created_at": "2000-01-01T00:00:00Z",
                ]
            )
            #expect(response.status == .created)
            let product = try response.decode(Product.self)
            #expect(product.id.uuidString != "00000000-0000-0000-0000-000000000001")
            #expect(product.createdAt > Date(timeIntervalSince1970: 1_700_000_000))
            #expect(product.attributes == ["color": "red"])
            #expect(product.status == .active)
        }
    }

    @Test func createRejectsNegativePriceAndStock() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let response = try await app.send(
                .post, "/api/v1/products", token: admin.token, json: ["name": "X", "price": -1, "stock": -5])
            #expect(response.status == .badRequest)
            let fields = try response.decode(ErrorResponseBody.self).error.details.compactMap(\.field)
            #expect(Set(fields) == ["price", "stock"])
        }
    }

    @Test func createRejectsAFractionalPrice() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let response = try await app.send(
                .post, "/api/v1/products", token: admin.token, raw: #"{"name":"X","price":9.99,"stock":1}"#)
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "VALIDATION_ERROR")
        }
    }

    @Test func nonAdminsCannotWriteProducts() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let user = try await app.register()
            let product = try await app.createProduct(admin: admin)
            let attempts = [
                try await app.send(
                    .post, "/api/v1/products", token: user.token, json: ["name": "X", "price": 1, "stock": 1]),
                try await app.send(
                    .put, "/api/v1/products/\(product.id)", token: user.token,
                    json: ["name": "X", "price": 1, "stock": 1]),
                try await app.send(.patch, "/api/v1/products/\(product.id)", token: user.token, json: ["price": 1]),
                try await app.send(.delete, "/api/v1/products/\(product.id)", token: user.token),
            ]
            #expect(attempts.map(\.status) == [.forbidden, .forbidden, .forbidden, .forbidden])
            #expect(attempts.allSatisfy { $0.errorCode == "FORBIDDEN" })
        }
    }

    @Test func writesWithoutATokenAreUnauthorized() async throws {
        try await Harness.run { app in
            let response = try await app.send(.post, "/api/v1/products", json: ["name": "X", "price": 1, "stock": 1])
            #expect(response.status == .unauthorized)
        }
    }

    @Test func getReturnsAProduct() async throws {
        try await Harness.run { app in
            let product = try await app.createProduct(admin: try await app.admin(), name: "Kettle")
            let response = try await app.send(.get, "/api/v1/products/\(product.id)")
            #expect(response.status == .ok)
            #expect(try response.decode(Product.self) == product)
        }
    }

    @Test(arguments: ["00000000-0000-0000-0000-000000000000", "not-a-uuid"])
    func getUnknownProductIsNotFound(id: String) async throws {
        try await Harness.run { app in
            let response = try await app.send(.get, "/api/v1/products/\(id)")
            #expect(response.status == .notFound)
            #expect(response.errorCode == "RESOURCE_NOT_FOUND")
        }
    }

    @Test func putReplacesWritableFields() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, attributes: ["color": "red"])
            let response = try await app.send(
                .put, "/api/v1/products/\(product.id)", token: admin.token,
                json: ["name": "Renamed", "price": 5, "stock": 7])
            let updated = try response.decode(Product.self)
            #expect(updated.name == "Renamed")
            #expect(updated.price == 5)
            #expect(updated.stock == 7)
            #expect(updated.attributes == [:])
            #expect(updated.description == "")
        }
    }

    @Test func putRequiresEveryWritableField() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin)
            let response = try await app.send(
                .put, "/api/v1/products/\(product.id)", token: admin.token, json: ["name": "Only a name"])
            #expect(response.status == .badRequest)
            #expect(try response.decode(ErrorResponseBody.self).error.details.first?.field == "price")
        }
    }

    @Test func patchChangesOnlyGivenFields() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin, name: "Mug", price: 900, stock: 4)
            let response = try await app.send(
                .patch, "/api/v1/products/\(product.id)", token: admin.token, json: ["price": 950])
            let updated = try response.decode(Product.self)
            #expect(updated.price == 950)
            #expect(updated.name == "Mug")
            #expect(updated.stock == 4)
        }
    }

    @Test func updatingAnUnknownProductIsNotFound() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let response = try await app.send(
                .patch, "/api/v1/products/\(UUID())", token: admin.token, json: ["price": 1])
            #expect(response.status == .notFound)
        }
    }

    @Test func deleteIsSoftAndHidesTheProduct() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin)
            #expect(
                try await app.send(.delete, "/api/v1/products/\(product.id)", token: admin.token).status == .noContent)
            #expect(try await app.send(.get, "/api/v1/products/\(product.id)").status == .notFound)
            #expect(try await app.send(.get, "/api/v1/products").decode(Page<Product>.self).data.isEmpty)
            #expect(
                try await app.send(.delete, "/api/v1/products/\(product.id)", token: admin.token).status == .notFound)
            let rows = try await app.services.postgres.query(
                "SELECT count(*) FROM products WHERE deleted_at IS NOT NULL")
            for try await count in rows.decode(Int.self) { #expect(count == 1) }
        }
    }

    @Test func listPaginatesWithTotals() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            for index in 0..<3 { _ = try await app.createProduct(admin: admin, name: "P\(index)") }
            let first = try await app.send(.get, "/api/v1/products?limit=2&page=1").decode(Page<Product>.self)
            let second = try await app.send(.get, "/api/v1/products?limit=2&page=2").decode(Page<Product>.self)
            let beyond = try await app.send(.get, "/api/v1/products?limit=2&page=5").decode(Page<Product>.self)
            #expect(first.data.count == 2)
            #expect(second.data.count == 1)
            #expect(first.pagination == PageInfo(request: try PageRequest(page: "1", limit: "2"), total: 3))
            #expect(beyond.data.isEmpty)
            #expect(beyond.pagination.total == 3)
            #expect(Set((first.data + second.data).map(\.name)) == ["P0", "P1", "P2"])
        }
    }

    @Test func listCapsTheLimit() async throws {
        try await Harness.run { app in
            let page = try await app.send(.get, "/api/v1/products?limit=100000").decode(Page<Product>.self)
            #expect(page.pagination.limit == 100)
        }
    }

    @Test func listRejectsBadParameters() async throws {
        try await Harness.run { app in
            let response = try await app.send(.get, "/api/v1/products?page=0&sort=secret")
            #expect(response.status == .badRequest)
            #expect(response.errorCode == "VALIDATION_ERROR")
        }
    }

    @Test func listSearchesFiltersAndSorts() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            _ = try await app.createProduct(
                admin: admin, name: "Red Lamp", price: 3000, attributes: ["color": "red"], description: "bright")
            _ = try await app.createProduct(
                admin: admin, name: "Blue Lamp", price: 1000, attributes: ["color": "blue"], description: "calm")
            _ = try await app.createProduct(
                admin: admin, name: "Red Mug", price: 500, stock: 0, attributes: ["color": "red"],
                description: "ceramic")

            let lamps = try await app.send(.get, "/api/v1/products?q=lamp&sort=price").decode(Page<Product>.self)
            #expect(lamps.data.map(\.name) == ["Blue Lamp", "Red Lamp"])
            let red = try await app.send(.get, "/api/v1/products?attr.color=red&sort=-price").decode(Page<Product>.self)
            #expect(red.data.map(\.name) == ["Red Lamp", "Red Mug"])
            let cheap = try await app.send(.get, "/api/v1/products?max_price=1000&sort=name").decode(Page<Product>.self)
            #expect(cheap.data.map(\.name) == ["Blue Lamp", "Red Mug"])
            let inStock = try await app.send(.get, "/api/v1/products?in_stock=true&min_price=400&max_price=1000")
                .decode(Page<Product>.self)
            #expect(inStock.data.map(\.name) == ["Blue Lamp"])
        }
    }

    @Test func inactiveProductsAreHiddenFromTheDefaultListing() async throws {
        try await Harness.run { app in
            let admin = try await app.admin()
            let product = try await app.createProduct(admin: admin)
            try await app.send(
                .patch, "/api/v1/products/\(product.id)", token: admin.token, json: ["status": "inactive"])
            #expect(try await app.send(.get, "/api/v1/products").decode(Page<Product>.self).data.isEmpty)
            #expect(
                try await app.send(.get, "/api/v1/products?status=inactive").decode(Page<Product>.self).data.count == 1)
        }
    }
}
