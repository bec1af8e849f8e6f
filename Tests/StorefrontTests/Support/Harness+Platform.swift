import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import TestSupport

@testable import Storefront

/// Two-instance runs and direct database edits for the cache, rate-limit and metrics tests.
extension Harness {
    /// Runs `body` against two apps (two sets of services, as two server processes would have) on one
    /// fresh database and the same Redis.
    @discardableResult
    static func runPair<Result: Sendable>(
        _ overrides: [ConfigurationKey: String] = [:],
        _ body: @Sendable (Harness, Harness) async throws -> Result
    ) async throws -> Result {
        try await TestDatabase.withFreshDatabase { url in
            try await run(database: url, overrides) { first in
                try await run(database: url, overrides) { second in
                    try await body(first, second)
                }
            }
        }
    }

    /// Renames a product behind the API's back (no invalidation), so a test can tell a cached answer
    /// from a fresh one.
    func renameInDatabase(_ id: UUID, to name: String) async throws {
        try await services.postgres.query("UPDATE products SET name = \(name) WHERE id = \(id)", logger: TestDatabase.logger)
    }

    /// The product's name as the API answers it.
    func name(of id: UUID) async throws -> String {
        let response = try await send(.get, "/api/v1/products/\(id)")
        guard response.status == .ok else { throw HarnessError.unexpected(response.status.code, response.text) }
        return try response.decode(Product.self).name
    }

    /// The sum of every sample of `series` (all label sets) in `GET /metrics`.
    func metric(_ series: String, matching labels: [String] = []) async throws -> Double {
        let text = try await send(.get, "/metrics").text
        return text.split(separator: "\n")
            .filter { line in
                line.hasPrefix(series + "{") || line.hasPrefix(series + " ")
            }
            .filter { line in labels.allSatisfy { line.contains($0) } }
            .compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
            .reduce(0, +)
    }
}
