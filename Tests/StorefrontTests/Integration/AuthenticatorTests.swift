import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

/// The authenticator checks a request's token once; routes that need a caller refuse from its outcome.
@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct AuthenticatorTests {
    private func checks(_ result: String, _ app: Harness) async throws -> Double {
        try await app.metric("storefront_auth_token_checks_total", matching: ["result=\"\(result)\""])
    }

    @Test func aRequestWithoutATokenIsRefusedWithoutParsingAnything() async throws {
        try await Harness.run { app in
            let response = try await app.send(.get, "/api/v1/users/me")
            #expect(response.status == .unauthorized)
            #expect(try response.decode(ErrorResponseBody.self).error.message == "Authentication is required.")
            #expect(try await checks("verified", app) + checks("refused", app) == 0)
        }
    }

    @Test func aBadTokenIsParsedOnceAndRefusedWithItsReason() async throws {
        try await Harness.run { app in
            let response = try await app.send(.get, "/api/v1/users/me", token: "not-a-token")
            #expect(response.status == .unauthorized)
            #expect(try response.decode(ErrorResponseBody.self).error.message == "The token is invalid.")
            #expect(try await checks("refused", app) == 1)
            #expect(try await checks("verified", app) == 0)
        }
    }

    @Test func aMalformedHeaderIsRefusedWithoutParsing() async throws {
        try await Harness.run { app in
            let response = try await app.send(.get, "/api/v1/users/me", headers: [.authorization: "Basic abc"])
            #expect(response.status == .unauthorized)
            #expect(
                try response.decode(ErrorResponseBody.self).error.message
                    == "The Authorization header must be \"Bearer <token>\".")
            #expect(try await checks("verified", app) + checks("refused", app) == 0)
        }
    }

    @Test func everyAuthenticatedRequestVerifiesItsTokenExactlyOnceEvenWithTheLimiterOn() async throws {
        // The limiter counts in memory here (no Redis), so this suite shares no quota with the others.
        try await Harness.run([.rateLimitPerMinute: "1000", .redisURL: "redis://127.0.0.1:1"]) { app in
            let account = try await app.register()
            for _ in 0..<5 {
                #expect(try await app.send(.get, "/api/v1/users/me", token: account.token).status == .ok)
            }
            #expect(try await app.send(.get, "/api/v1/orders", token: account.token).status == .ok)
            #expect(try await checks("verified", app) == 6)
            #expect(try await checks("refused", app) == 0)
        }
    }

    @Test func aBadTokenOnAPublicRouteIsIgnored() async throws {
        try await Harness.run { app async throws in
            #expect(try await app.send(.get, "/api/v1/products", token: "not-a-token").status == .ok)
            #expect(try await checks("refused", app) == 1)
        }
    }

    @Test func adminRoutesRefuseOtherRolesWithForbidden() async throws {
        try await Harness.run { app in
            let user = try await app.register()
            let response = try await app.send(
                .post, "/api/v1/products", token: user.token, json: ["name": "x", "price": 1, "stock": 1])
            #expect(response.status == .forbidden)
            #expect(try await app.send(.post, "/api/v1/products", json: ["name": "x", "price": 1, "stock": 1]).status == .unauthorized)
        }
    }
}
