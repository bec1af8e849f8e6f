import Foundation
import HTTPTypes
import TestSupport
import Testing

@testable import Storefront

@Suite(
    "Serving through a Redis outage",
    .enabled(if: !TestDatabase.isSkipped && !TestRedis.skipped, "needs PostgreSQL and Redis")
)
struct RedisOutageTests {
    @Test func readsComeFromPostgreSQLWhileRedisIsDownAndCachingResumesAfterwards() async throws {
        let redis = ScratchRedis()
        try await redis.start()
        defer { redis.stop() }
        let settings: [ConfigurationKey: String] = [
            .redisURL: redis.url, .cacheGenerationCheck: "100ms", .redisCommandTimeout: "150ms", .redisConnectTimeout: "250ms",
        ]
        try await Harness.run(settings) { app in
            let product = try await app.createProduct(admin: try await app.admin(), name: "Original")
            #expect(try await app.name(of: product.id) == "Original")

            redis.stop()
            try await app.renameInDatabase(product.id, to: "While Redis is down")
            try await Task.sleep(for: .milliseconds(250))
            // Each read waits for at most one 150 ms Redis timeout (none once the breaker is open); a read that
            // waited for Redis to answer would take the connect timeout per call or hang. The bound is 10
            // command timeouts per read, so a busy machine's scheduling does not decide the outcome.
            var slowest = Duration.zero
            for _ in 0..<5 {
                let started = ContinuousClock.now
                #expect(try await app.name(of: product.id) == "While Redis is down")
                slowest = max(slowest, ContinuousClock.now - started)
            }
            #expect(slowest < .milliseconds(1500), "the slowest read took \(slowest)")
            let degraded = try await app.send(.get, "/health/ready")
            #expect(degraded.status == .ok)
            #expect(try degraded.decode(ReadinessReport.self).status == "degraded")

            try await redis.start()
            try await waitUntilReady(app)
            try await app.renameInDatabase(product.id, to: "After Redis returned")
            #expect(try await app.name(of: product.id) == "After Redis returned")
            try await app.renameInDatabase(product.id, to: "Hidden by the cache")
            #expect(try await app.name(of: product.id) == "After Redis returned", "caching resumed by itself")
        }
    }

    private func waitUntilReady(_ app: Harness) async throws {
        let deadline = ContinuousClock.now.advanced(by: .seconds(10))
        while ContinuousClock.now < deadline {
            let report = try await app.send(.get, "/health/ready").decode(ReadinessReport.self)
            if report.status == "ready" { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("Redis did not become ready again within 10 s")
    }
}
