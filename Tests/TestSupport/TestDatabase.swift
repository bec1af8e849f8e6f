import Foundation
import Logging
import PostgresNIO

/// A fresh, uniquely named database per test on the PostgreSQL server `STOREFRONT_TEST_DATABASE_URL`
/// names (the test command starts it), dropped afterwards, so integration tests are independent and run
/// in parallel.
public enum TestDatabase {
    /// Set STOREFRONT_SKIP_DB_TESTS=1 to skip integration tests explicitly; otherwise they never pass
    /// silently without a database.
    public static var isSkipped: Bool { ProcessInfo.processInfo.environment["STOREFRONT_SKIP_DB_TESTS"] == "1" }

    /// A logger that writes nothing, for clients the tests open.
    public static let logger = Logger(label: "storefront-tests") { _ in SwiftLogNoOpLogHandler() }

    /// Creates a database named `prefix` plus a random suffix, runs `body` with its URL, then drops it
    /// (even if `body` throws).
    public static func withFreshDatabase<Result: Sendable>(
        prefix: String = "sf_test_", _ body: @Sendable (String) async throws -> Result
    ) async throws -> Result {
        let database = try await ThrowawayDatabase.create(prefix: prefix)
        do {
            let result = try await body(database.url)
            try await database.drop()
            return result
        } catch {
            try? await database.drop()
            throw error
        }
    }
}

/// One database created for a test, to be dropped by it.
public struct ThrowawayDatabase: Sendable {
    /// `postgres://…/<name>`, for the code under test.
    public let url: String
    private let server: PostgresConnection.Configuration
    private let name: String

    /// Creates `prefix` + 16 random hex digits on the test server.
    public static func create(prefix: String = "sf_test_") async throws -> ThrowawayDatabase {
        let (text, server) = try serverURL()
        let name = prefix + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await run("CREATE DATABASE \(name)", on: server)
        var components = URLComponents(string: text)
        components?.path = "/\(name)"
        return ThrowawayDatabase(url: components?.string ?? text, server: server, name: name)
    }

    /// Drops the database, closing whatever sessions are still in it.
    public func drop() async throws {
        try await Self.run("DROP DATABASE IF EXISTS \(name) WITH (FORCE)", on: server)
    }

    private static func serverURL() throws -> (String, PostgresConnection.Configuration) {
        guard let text = ProcessInfo.processInfo.environment["STOREFRONT_TEST_DATABASE_URL"], !text.isEmpty else {
            throw TestDatabaseUnavailable(
                description: """
                    STOREFRONT_TEST_DATABASE_URL is not set: integration tests need a real PostgreSQL. \
                    Start one with `scripts/postgres.sh start` and export \
                    STOREFRONT_TEST_DATABASE_URL=$(scripts/postgres.sh url), or run scripts/test.sh \
                    (or set STOREFRONT_SKIP_DB_TESTS=1 to skip them).
                    """)
        }
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme) else {
            throw TestDatabaseUnavailable(description: "STOREFRONT_TEST_DATABASE_URL is not a postgres:// URL: \(text)")
        }
        let database = String(components.path.dropFirst())
        let configuration = PostgresConnection.Configuration(
            host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
            username: components.user ?? "postgres", password: components.password,
            database: database.isEmpty ? "postgres" : database, tls: .disable
        )
        return (text, configuration)
    }

    private static func run(_ sql: String, on server: PostgresConnection.Configuration) async throws {
        let connection = try await PostgresConnection.connect(configuration: server, id: 1, logger: TestDatabase.logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: TestDatabase.logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// The test database server is not configured.
public struct TestDatabaseUnavailable: Error, CustomStringConvertible {
    /// How to fix it.
    public var description: String
}
