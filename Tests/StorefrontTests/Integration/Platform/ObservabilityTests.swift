import Foundation
import HTTPTypes
import TestSupport
import Testing

@testable import Storefront

@Suite(
    "Metrics, request ids and readiness",
    .enabled(if: !TestDatabase.isSkipped && !TestRedis.skipped, "needs PostgreSQL and Redis")
)
struct ObservabilityTests {
    @Test func everyAnsweredRequestIsCountedOnceByRouteTemplate() async throws {
        try await Harness.run { app async throws in
            #expect(try await app.send(.get, "/api/v1/products/\(UUID())").status == .notFound)
            #expect(try await app.send(.get, "/no/such/route").status == .notFound)
            #expect(try await app.send(.get, "/api/v1/products").status == .ok)
            #expect(try await app.send(.get, "/health/live").status == .ok)
            #expect(try await app.metric("http_requests_total") == 4)
            #expect(try await app.metric("http_requests_total") == 4, "scrapes are not counted")
            #expect(
                try await app.metric("http_requests_total", matching: ["route=\"/api/v1/products/{id}\"", "status=\"4xx\""]) == 1)
            #expect(try await app.metric("http_requests_total", matching: ["route=\"unmatched\""]) == 1)
            #expect(try await app.metric("http_request_duration_seconds_count") == 4)
            #expect(try await app.metric("http_request_errors_total") == 2)
        }
    }

    @Test func scrapesShowThePoolGauges() async throws {
        try await Harness.run { app async throws in
            let text = try await app.send(.get, "/metrics").text
            #expect(text.contains("storefront_db_pool_connections{state=\"in_use\"}"))
            #expect(try await app.metric("storefront_db_pool_max_connections") == 10)
            #expect(try await app.metric("storefront_db_pool_connections", matching: ["in_use"]) >= 1)
        }
    }

    @Test func everyResponseCarriesARequestIDAndAnIncomingOneIsKept() async throws {
        try await Harness.run { app in
            let first = try await app.send(.get, "/health/live").headers[HTTPField.Name("X-Request-Id")!]
            let second = try await app.send(.get, "/no/such/route").headers[HTTPField.Name("X-Request-Id")!]
            #expect(first != nil && second != nil && first != second)
            let echoed = try await app.send(.get, "/health/live", headers: [HTTPField.Name("X-Request-Id")!: "edge-42"])
            #expect(echoed.headers[HTTPField.Name("X-Request-Id")!] == "edge-42")
        }
    }

    @Test func readinessReportsPostgreSQLAndRedisSeparately() async throws {
        try await Harness.run { app in
            let report = try await app.send(.get, "/health/ready").decode(ReadinessReport.self)
            #expect(report.status == "ready")
            #expect(report.checks == ["postgres": "ok", "redis": "ok"])
        }
        try await Harness.run([.redisURL: "redis://127.0.0.1:1"]) { app in
            let response = try await app.send(.get, "/health/ready")
            #expect(response.status == .ok)
            #expect(try response.decode(ReadinessReport.self).checks["redis"] == "unavailable")
        }
    }
}
