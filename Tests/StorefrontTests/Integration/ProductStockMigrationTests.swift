import Foundation
import PostgresNIO
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct ProductStockMigrationTests {
    /// A database created before stock had its own table keeps every product's stock, and its pending
    /// outbox messages, through the migrations.
    @Test func existingStockAndPendingMessagesSurviveTheMigration() async throws {
        try await TestDatabase.withFreshDatabase { text in
            let url = try #require(DatabaseURL(text))
            let configuration = try TestConfiguration.make(database: url)
            let client = PostgresClient(database: url, pool: configuration.pool, applicationName: "migration-test", logger: TestDatabase.logger)
            try await client.whileRunning {
                let before = Migrator(client: client, logger: TestDatabase.logger, migrations: Migration.all.filter { $0.version <= 8 })
                try await before.migrate()
                let rows = try await client.query(
                    "INSERT INTO products (name, price, stock) VALUES ('Old lamp', 100, 42) RETURNING id", logger: TestDatabase.logger)
                var productID: UUID?
                for try await id in rows.decode(UUID.self) { productID = id }
                try await client.query(
                    """
                    INSERT INTO outbox_messages (partner, kind, idempotency_key, order_id, payload)
                    VALUES ('email', 'email.order_confirmation', gen_random_uuid(), gen_random_uuid(), '{}')
                    """,
                    logger: TestDatabase.logger
                )

                let applied = try await Migrator(client: client, logger: TestDatabase.logger).migrate()
                #expect(applied == [9, 10])
                let stock = try await client.query(
                    "SELECT stock, version FROM product_stock WHERE product_id = \(productID)", logger: TestDatabase.logger)
                var found: [(Int, Int64)] = []
                for try await row in stock.decode((Int, Int64).self) { found.append(row) }
                #expect(found.map(\.0) == [42])
                let columns = try await client.query(
                    "SELECT count(*) FROM information_schema.columns WHERE table_name = 'products' AND column_name = 'stock'",
                    logger: TestDatabase.logger)
                for try await count in columns.decode(Int.self) { #expect(count == 0) }
                let pending = try await client.query("SELECT count(*) FROM outbox_messages WHERE status = 'pending'", logger: TestDatabase.logger)
                for try await count in pending.decode(Int.self) { #expect(count == 1) }
            }
        }
    }
}
