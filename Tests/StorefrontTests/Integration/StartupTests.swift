import Foundation
import HummingbirdTesting
import PostgresNIO
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct StartupTests {
    @Test func startingOnAFreshDatabaseCreatesSchemaAndPartitions() async throws {
        try await Harness.run([.partitionMonthsAhead: "2"]) { app in
            var tables: Set<String> = []
            let rows = try await app.services.postgres.query(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            for try await name in rows.decode(String.self) { tables.insert(name) }
            #expect(
                tables.isSuperset(of: [
                    "users", "products", "orders", "order_items", "idempotency_keys", "schema_migrations",
                ]))

            let expected = PartitionPlan(now: Date(), monthsAhead: 2).partitions.map(\.name)
            var partitions: [String] = []
            let children = try await app.services.postgres.query(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'orders' AND c.relkind = 'r' ORDER BY c.relname"
            )
            for try await name in children.decode(String.self) { partitions.append(name) }
            #expect(partitions == expected)
        }
    }

    @Test func restartingKeepsTheData() async throws {
        try await TestDatabase.withFreshDatabase { url in
            let saved = try await Harness.run(database: url) { app in
                let admin = try await app.admin()
                let product = try await app.createProduct(admin: admin, name: "Persistent")
                let user = try await app.register()
                _ = try await app.order([(product.id, 1)], token: user.token)
                return (email: user.email, productID: product.id)
            }
            try await Harness.run(database: url) { app in
                let login = try await app.send(
                    .post, "/api/v1/auth/login", json: ["email": .string(saved.email), "password": "correct-horse"])
                #expect(login.status == .ok)
                let token = try login.decode(AuthResponse.self).token
                #expect(
                    try await app.send(.get, "/api/v1/orders", token: token).decode(Page<Order>.self).data.count == 1)
                #expect(
                    try await app.send(.get, "/api/v1/products/\(saved.productID)").decode(Product.self).name
                        == "Persistent")
            }
        }
    }

    @Test func migratingTwiceIsANoOp() async throws {
        try await Harness.run { app in
            let migrations = try await app.services.migrator.migrate()
            let partitions = try await app.services.partitions.ensurePartitions()
            #expect(migrations.isEmpty)
            #expect(partitions.isEmpty)
        }
    }
}
