import Foundation
import PostgresNIO

/// Fills the database for load tests: an admin account, N users and M products, idempotently (existing
/// emails are kept, their password reset to the seed password so the CSV stays valid).
public struct Seeder: Sendable {
    /// What was written.
    public struct Summary: Sendable {
        /// Users seeded (created or refreshed).
        public var users: Int
        /// Live products in the catalogue afterwards.
        public var products: Int
        /// `email,password` CSV of the seeded users, for scenario data files.
        public var credentials: String
    }

    let services: StorefrontServices
    let catalog: SeedCatalog

    /// `password` is given to every seeded user.
    public init(services: StorefrontServices, password: String = "password123") {
        self.services = services
        self.catalog = SeedCatalog(password: password)
    }

    /// Creates or updates the admin account (`ADMIN_EMAIL`/`ADMIN_PASSWORD`).
    public func ensureAdmin(email: String, password: String) async throws {
        let request = RegisterRequest(email: email, password: password, name: "Administrator")
        try request.validate()
        let hash = try await services.hasher.hash(password)
        if let existing = try await services.users.find(email: request.normalizedEmail) {
            try await services.users.update(id: existing.id, role: .admin, passwordHash: hash)
        } else {
            _ = try await services.users.create(email: request.normalizedEmail, name: "Administrator", passwordHash: hash, role: .admin)
        }
    }

    /// Seeds `users` users and `products` products; returns the credentials CSV.
    public func seed(users: Int, products: Int) async throws -> Summary {
        let hash = try await services.hasher.hash(catalog.password)
        var credentials: [(email: String, password: String)] = []
        for index in 0..<users {
            let user = catalog.user(index)
            if let existing = try await services.users.find(email: user.email) {
                try await services.users.update(id: existing.id, role: existing.role, passwordHash: hash)
            } else {
                _ = try await services.users.create(email: user.email, name: user.name, passwordHash: hash, role: .user)
            }
            credentials.append((user.email, catalog.password))
        }
        let existing = try await productCount()
        for index in existing..<max(existing, products) {
            let product = catalog.product(index)
            let changes = ProductChanges(
                name: product.name, description: product.description, price: product.price, stock: product.stock,
                attributes: product.attributes, status: .active
            )
            _ = try await services.products.create(changes)
        }
        return Summary(users: users, products: max(existing, products), credentials: CredentialsCSV.render(credentials))
    }

    private func productCount() async throws -> Int {
        for try await count in try await services.postgres.query("SELECT count(*) FROM products WHERE deleted_at IS NULL").decode(Int.self) {
            return count
        }
        return 0
    }
}
