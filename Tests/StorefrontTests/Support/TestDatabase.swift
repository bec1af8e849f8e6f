import Foundation
import Logging
import PostgresNIO

@testable import Storefront

/// A fresh, uniquely named database per test on the server named by STOREFRONT_TEST_DATABASE_URL, dropped
/// afterwards, so integration tests are independent and run in parallel.
enum TestDatabase {
    /// Set STOREFRONT_SKIP_DB_TESTS=1 to skip integration tests explicitly; otherwise they never pass
    /// silently without a database.
    static var isSkipped: Bool { ProcessInfo.processInfo.environment["STOREFRONT_SKIP_DB_TESTS"] == "1" }

    struct NotConfigured: Error, CustomStringConvertible {
        var description: String {
            """
            STOREFRONT_TEST_DATABASE_URL is not set: integration tests need a real PostgreSQL. \
            Start one with `scripts/postgres.sh start` and export \
            STOREFRONT_TEST_DATABASE_URL=$(scripts/postgres.sh url) — or set STOREFRONT_SKIP_DB_TESTS=1 to skip them.
            """
        }
    }

    struct InvalidURL: Error, CustomStringConvertible {
        var text: String
        var description: String { "STOREFRONT_TEST_DATABASE_URL is not a postgres:// URL: \(text)" }
    }

    static func serverURL() throws -> DatabaseURL {
        guard let text = ProcessInfo.processInfo.environment["STOREFRONT_TEST_DATABASE_URL"], !text.isEmpty else {
            throw NotConfigured()
        }
        guard let url = DatabaseURL(text) else { throw InvalidURL(text: text) }
        return url
    }

    /// Creates a database, runs `body` with its URL, then drops it (even if `body` throws).
    static func withFreshDatabase<Result: Sendable>(_ body: @Sendable (DatabaseURL) async throws -> Result) async throws
        -> Result
    {
        let server = try serverURL()
        let name = "sf_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await admin(server) {
            try await $0.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        do {
            let result = try await body(server.with(database: String(name)))
            try await drop(name, on: server)
            return result
        } catch {
            try? await drop(name, on: server)
            throw error
        }
    }

    private static func drop(_ name: some StringProtocol, on server: DatabaseURL) async throws {
        try await admin(server) {
            try await $0.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger)
        }
    }

    private static func admin(_ server: DatabaseURL, _ body: (PostgresConnection) async throws -> Void) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: .init(
                host: server.host, port: server.port, username: server.username, password: server.password,
                database: server.database, tls: .disable
            ),
            id: 1,
            logger: logger
        )
        do {
            try await body(connection)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    static let logger = Logger(label: "storefront-tests") { _ in SwiftLogNoOpLogHandler() }
}
