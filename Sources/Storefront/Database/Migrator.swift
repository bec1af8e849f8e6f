import Logging
import PostgresNIO

/// Brings the schema up to date: runs each pending migration in its own transaction, serialised across
/// concurrently starting servers by an advisory lock.
struct Migrator: Sendable {
    let client: PostgresClient
    let logger: Logger
    var migrations: [Migration] = Migration.all

    /// A fixed key for `pg_advisory_xact_lock`, so two instances starting together do not race.
    private static let lockKey: Int64 = 0x5354_4F52_4546_524E

    /// Applies pending migrations and returns the versions that ran.
    @discardableResult
    func migrate() async throws -> [Int] {
        try await client.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )
            """,
            logger: logger
        )
        var applied: [Int] = []
        for migration in migrations.sorted(by: { $0.version < $1.version }) {
            let ran = try await client.transaction(logger: logger) { connection in
                try await connection.query("SELECT pg_advisory_xact_lock(\(Self.lockKey))", logger: logger)
                let rows = try await connection.query(
                    "SELECT 1 FROM schema_migrations WHERE version = \(migration.version)",
                    logger: logger
                )
                for try await _ in rows { return false }
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query(
                    "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                    logger: logger
                )
                return true
            }
            if ran {
                logger.info("Applied migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                applied.append(migration.version)
            }
        }
        return applied
    }
}
