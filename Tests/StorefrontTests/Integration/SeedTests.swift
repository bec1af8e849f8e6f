import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct SeedTests {
    @Test func seededCredentialsAndAdminCanLogIn() async throws {
        try await Harness.run { app in
            let seeder = Seeder(services: app.services, password: "seed-password")
            try await seeder.ensureAdmin(email: "Boss@Storefront.test", password: "admin-password")
            let summary = try await seeder.seed(users: 3, products: 5)
            let rows = summary.credentials.split(separator: "\n").dropFirst().map {
                $0.split(separator: ",").map(String.init)
            }
            #expect(rows.count == 3)
            for row in rows {
                let login = try await app.send(
                    .post, "/api/v1/auth/login", json: ["email": .string(row[0]), "password": .string(row[1])])
                #expect(login.status == .ok)
            }
            let admin = try await app.send(
                .post, "/api/v1/auth/login", json: ["email": "boss@storefront.test", "password": "admin-password"])
            #expect(try admin.decode(AuthResponse.self).user.role == .admin)
            #expect(try await app.send(.get, "/api/v1/products").decode(Page<Product>.self).pagination.total == 5)
        }
    }

    @Test func seedingAgainAddsNoDuplicates() async throws {
        try await Harness.run { app in
            let seeder = Seeder(services: app.services)
            _ = try await seeder.seed(users: 2, products: 4)
            let again = try await seeder.seed(users: 2, products: 4)
            #expect(again.products == 4)
            #expect(try await app.send(.get, "/api/v1/products").decode(Page<Product>.self).pagination.total == 4)
        }
    }
}
