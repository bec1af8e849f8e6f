import Foundation
import Logging
import PostgresNIO

/// A database of its own for one end-to-end run, on the server `STOREFRONT_TEST_DATABASE_URL` names
/// (the test command starts it), dropped at the end.
struct ThrowawayDatabase {
    let url: String
    private let server: URLComponents
    private let name: String

    static func create() async throws -> ThrowawayDatabase {
        guard let text = ProcessInfo.processInfo.environment["STOREFRONT_TEST_DATABASE_URL"], !text.isEmpty,
            let server = URLComponents(string: text)
        else {
            throw EndToEndFailure(
                "STOREFRONT_TEST_DATABASE_URL is not set: run the tests with scripts/test.sh, which starts PostgreSQL"
            )
        }
        let name = "e2e_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try await Self.admin(server, "CREATE DATABASE \(name)")
        var database = server
        database.path = "/\(name)"
        return ThrowawayDatabase(url: database.string ?? text, server: server, name: String(name))
    }

    func drop() async {
        try? await Self.admin(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
    }

    private static func admin(_ server: URLComponents, _ sql: String) async throws {
        let configuration = PostgresConnection.Configuration(
            host: server.host ?? "127.0.0.1",
            port: server.port ?? 5432,
            username: server.user ?? "postgres",
            password: server.password,
            database: String(server.path.dropFirst()).isEmpty ? "postgres" : String(server.path.dropFirst()),
            tls: .disable
        )
        let logger = Logger(label: "e2e-database")
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}
