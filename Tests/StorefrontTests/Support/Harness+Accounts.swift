import Foundation
import HTTPTypes
import HummingbirdTesting

@testable import Storefront

/// Account and catalogue set-up through the public API (and the repository for admin promotion).
extension Harness {
    struct Account: Sendable {
        var id: UUID
        var email: String
        var token: String
    }

    /// Registers a new user with a unique email.
    func register(_ prefix: String = "user") async throws -> Account {
        let email = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let response = try await send(
            .post, "/api/v1/auth/register",
            json: ["email": .string(email), "password": "correct-horse", "name": "Test User"])
        guard response.status == .created else { throw HarnessError.unexpected(response.status.code, response.text) }
        let auth = try response.decode(AuthResponse.self)
        return Account(id: auth.user.id, email: email, token: auth.token)
    }

    /// Registers a user, promotes it to admin in the database and logs in again for an admin token.
    func admin() async throws -> Account {
        var account = try await register("admin")
        let hash = try await services.hasher.hash("correct-horse")
        try await services.users.update(id: account.id, role: .admin, passwordHash: hash)
        let login = try await send(
            .post, "/api/v1/auth/login", json: ["email": .string(account.email), "password": "correct-horse"])
        account.token = try login.decode(AuthResponse.self).token
        return account
    }

    /// Creates a product as `admin` and returns it.
    func createProduct(
        admin: Account, name: String = "Widget", price: Int = 1000, stock: Int = 10,
        attributes: JSONValue = [:], description: String = "A useful widget"
    ) async throws -> Product {
        let response = try await send(
            .post, "/api/v1/products", token: admin.token,
            json: [
                "name": .string(name), "description": .string(description), "price": .number(Double(price)),
                "stock": .number(Double(stock)), "attributes": attributes,
            ]
        )
        guard response.status == .created else { throw HarnessError.unexpected(response.status.code, response.text) }
        return try response.decode(Product.self)
    }

    /// Places an order for `items` (product, quantity).
    func order(_ items: [(UUID, Int)], token: String, key: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let key { headers[.idempotencyKey] = key }
        let lines: [JSONValue] = items.map {
            ["product_id": .string($0.0.uuidString), "quantity": .number(Double($0.1))]
        }
        return try await send(.post, "/api/v1/orders", token: token, json: ["items": .array(lines)], headers: headers)
    }

    /// The product's current stock as the API reports it.
    func stock(of id: UUID) async throws -> Int {
        try await send(.get, "/api/v1/products/\(id)").decode(Product.self).stock
    }
}

enum HarnessError: Error {
    case unexpected(Int, String)
}
