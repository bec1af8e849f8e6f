import Foundation
import HTTPTypes
import HummingbirdTesting
import RedisWire
import TestSupport
import Testing

@testable import Storefront

@Suite(
    "Rate limiting across instances",
    .serialized,
    .enabled(if: !TestDatabase.isSkipped && !TestRedis.skipped, "needs PostgreSQL and Redis")
)
struct RateLimitTests {
    /// Socket-less test requests have no address and share the `unknown` quota; start each test with it empty.
    private func resetAnonymousQuotas() async throws {
        let redis = try TestRedis.pool()
        try await redis.del(["ratelimit:default:unknown", "ratelimit:login:unknown"])
        redis.shutdown()
    }

    @Test func twoInstancesSharingRedisAllowExactlyTheLimit() async throws {
        try await resetAnonymousQuotas()
        try await Harness.runPair([.rateLimitPerMinute: "100"]) { first, second in
            let user = try await first.register()
            let responses = try await withThrowingTaskGroup(of: TestResponseSummary.self) { group in
                for index in 0..<150 {
                    let app = index.isMultiple(of: 2) ? first : second
                    group.addTask { TestResponseSummary(try await app.send(.get, "/api/v1/orders", token: user.token)) }
                }
                return try await group.reduce(into: [TestResponseSummary]()) { $0.append($1) }
            }
            #expect(responses.filter { $0.status == .ok }.count == 100)
            let rejected = responses.filter { $0.status == .tooManyRequests }
            #expect(rejected.count == 50)
            #expect(rejected.allSatisfy { $0.errorCode == "RATE_LIMIT_EXCEEDED" && (1...60).contains($0.retryAfter ?? 0) })
            #expect(responses.allSatisfy { $0.rateLimitPolicy == "\"default\";q=100;w=60" && $0.rateLimit != nil })
            let rejectedInMetrics =
                try await first.metric("storefront_rate_limit_rejections_total")
                + second.metric("storefront_rate_limit_rejections_total")
            #expect(rejectedInMetrics == 50)
        }
    }

    @Test func loginHasItsOwnStricterLimit() async throws {
        try await resetAnonymousQuotas()
        try await Harness.run([.rateLimitPerMinute: "100", .rateLimitLoginPerMinute: "3"]) { app in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<4 {
                let response = try await app.send(
                    .post, "/api/v1/auth/login", json: ["email": "nobody@example.com", "password": "wrong-password"])
                statuses.append(response.status)
            }
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests])
            #expect(try await app.send(.get, "/api/v1/products").status == .ok, "other routes keep their own quota")
        }
    }

    @Test func withoutRedisEachInstanceLimitsInMemory() async throws {
        try await Harness.run([.rateLimitPerMinute: "5", .redisURL: "redis://127.0.0.1:1"]) { app in
            let user = try await app.register()
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<6 {
                statuses.append(try await app.send(.get, "/api/v1/orders", token: user.token).status)
            }
            #expect(statuses == [.ok, .ok, .ok, .ok, .ok, .tooManyRequests])
            #expect(try await app.metric("storefront_rate_limit_fallback_decisions_total") >= 6)
        }
    }

    @Test func theQuotaBelongsToTheVerifiedUserNotToWhatATokenClaims() async throws {
        try await resetAnonymousQuotas()
        try await Harness.run([.rateLimitPerMinute: "5"]) { app in
            // The two registrations are anonymous: they use 2 of the address's 5.
            let (ann, bob) = (try await app.register("ann"), try await app.register("bob"))
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<6 {
                statuses.append(try await app.send(.get, "/api/v1/orders", token: ann.token).status)
            }
            #expect(statuses == [.ok, .ok, .ok, .ok, .ok, .tooManyRequests])
            #expect(try await app.send(.get, "/api/v1/orders", token: bob.token).status == .ok, "Bob has his own quota")

            let redis = try TestRedis.pool()
            let annKey = RateLimitClient.user(ann.id).key(policy: RateLimitPolicy(name: "default", limit: 5, window: .seconds(60)))
            #expect(try await redis.getString(annKey) == "5")
            // A token with Ann's id but a broken signature is not Ann: it is counted under the caller's
            // address and leaves her counter alone.
            let parts = ann.token.split(separator: ".")
            let forged = "\(parts[0]).\(parts[1]).\(String(parts[2].reversed()))"
            let anonymous = try await app.send(.get, "/api/v1/products", token: forged)
            #expect(anonymous.status == .ok)
            #expect(anonymous.headers[HTTPField.Name("RateLimit")!]?.hasPrefix("\"default\";r=2") == true)
            #expect(try await redis.getString(annKey) == "5")
            redis.shutdown()
        }
    }

    @Test func aRefusedTokenOnAnAuthenticatedRouteStillCountsAndCarriesTheHeaders() async throws {
        try await resetAnonymousQuotas()
        try await Harness.run([.rateLimitPerMinute: "100"]) { app in
            let response = try await app.send(.get, "/api/v1/users/me", token: "not-a-token")
            #expect(response.status == .unauthorized)
            #expect(response.headers[HTTPField.Name("RateLimit-Policy")!] == "\"default\";q=100;w=60")
            #expect(try await app.metric("storefront_auth_token_checks_total") == 1)
        }
    }

    @Test func probesAndScrapesAreNeverLimited() async throws {
        try await Harness.run([.rateLimitPerMinute: "1"]) { app async throws in
            for _ in 0..<5 {
                #expect(try await app.send(.get, "/health/live").status == .ok)
                #expect(try await app.send(.get, "/metrics").status == .ok)
            }
        }
    }
}

/// The parts of a response the rate-limit assertions look at.
private struct TestResponseSummary: Sendable {
    var status: HTTPResponse.Status
    var errorCode: String?
    var retryAfter: Int?
    var rateLimitPolicy: String?
    var rateLimit: String?

    init(_ response: TestResponse) {
        status = response.status
        errorCode = response.errorCode
        retryAfter = response.headers[.retryAfter].flatMap { Int($0) }
        rateLimitPolicy = response.headers[HTTPField.Name("RateLimit-Policy")!]
        rateLimit = response.headers[HTTPField.Name("RateLimit")!]
    }
}
