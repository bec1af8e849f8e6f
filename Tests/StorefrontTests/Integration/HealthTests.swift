import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct HealthTests {
    @Test func liveAndReadyAnswerOK() async throws {
        try await Harness.run { app in
            #expect(try await app.send(.get, "/health/live").status == .ok)
            let ready = try await app.send(.get, "/health/ready")
            #expect(ready.status == .ok)
            #expect(ready.text.contains("\"postgres\":\"ok\""))
        }
    }
}

/// Readiness without a database needs no database, so it runs everywhere.
@Suite struct ReadinessWithoutDatabaseTests {
    @Test func readyIs503WhenTheDatabaseIsUnreachable() async throws {
        var configuration = try TestConfiguration.make(
            database: DatabaseURL(host: "127.0.0.1", port: 1, username: "x", password: nil, database: "x"))
        configuration.pool.connectTimeout = .milliseconds(200)
        let services = await StorefrontServices(configuration: configuration, logger: TestDatabase.logger)
        let app = Application(
            router: try buildRouter(services: services), services: [services.postgres], logger: TestDatabase.logger)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/health/ready", method: .get)
            #expect(response.status == .serviceUnavailable)
            #expect(response.errorCode == "SERVICE_UNAVAILABLE")
            #expect(try await client.execute(uri: "/health/live", method: .get).status == .ok)
        }
    }
}
