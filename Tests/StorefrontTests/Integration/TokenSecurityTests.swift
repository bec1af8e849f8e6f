import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

/// Tokens that must not authenticate: expired, foreign issuer or audience, unsigned, tampered, wrong key.
@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct TokenSecurityTests {
    func settings(
        _ configuration: StorefrontConfiguration, issuer: String? = nil, audience: String? = nil, secret: String? = nil
    ) -> StorefrontConfiguration.JWTSettings {
        var jwt = configuration.jwt
        if let issuer { jwt.issuer = issuer }
        if let audience { jwt.audience = audience }
        if let secret { jwt.secret = secret }
        return jwt
    }

    func expectRejected(_ token: String, _ app: Harness) async throws {
        let response = try await app.send(.get, "/api/v1/users/me", token: token)
        #expect(response.status == .unauthorized)
        #expect(response.errorCode == "UNAUTHORIZED")
    }

    @Test func expiredTokensAreRejected() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let tokens = await TokenService(settings: app.services.configuration.jwt)
            let old = try await tokens.issue(
                for: .init(id: account.id, role: .user), now: Date().addingTimeInterval(-2 * 86400))
            try await expectRejected(old.token, app)
        }
    }

    @Test func tokensFromAnotherIssuerAreRejected() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let tokens = await TokenService(settings: settings(app.services.configuration, issuer: "someone-else"))
            try await expectRejected(try await tokens.issue(for: .init(id: account.id, role: .user)).token, app)
        }
    }

    @Test func tokensForAnotherAudienceAreRejected() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let tokens = await TokenService(settings: settings(app.services.configuration, audience: "another-api"))
            try await expectRejected(try await tokens.issue(for: .init(id: account.id, role: .user)).token, app)
        }
    }

    @Test func tokensSignedWithAnotherSecretAreRejected() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let tokens = await TokenService(
                settings: settings(app.services.configuration, secret: String(repeating: "x", count: 40)))
            try await expectRejected(try await tokens.issue(for: .init(id: account.id, role: .admin)).token, app)
        }
    }

    @Test func unsignedAlgNoneTokensAreRejected() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let valid = account.token.split(separator: ".")
            let header = base64URL(#"{"alg":"none","typ":"JWT"}"#)
            try await expectRejected("\(header).\(valid[1]).", app)
            try await expectRejected("\(header).\(valid[1])", app)
        }
    }

    @Test func tamperedPayloadsAreRejected() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let parts = account.token.split(separator: ".").map(String.init)
            var claims =
                try JSONSerialization.jsonObject(with: try #require(decodeBase64URL(parts[1]))) as! [String: Any]
            claims["role"] = "admin"
            let forged = base64URL(String(decoding: try JSONSerialization.data(withJSONObject: claims), as: UTF8.self))
            try await expectRejected("\(parts[0]).\(forged).\(parts[2])", app)
        }
    }

    @Test func garbageIsRejected() async throws {
        try await Harness.run { app in
            try await expectRejected("not-a-token", app)
        }
    }
}

func base64URL(_ text: String) -> String {
    Data(text.utf8).base64EncodedString()
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(
            of: "=", with: "")
}

func decodeBase64URL(_ text: String) -> Data? {
    var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    while base64.count % 4 != 0 { base64 += "=" }
    return Data(base64Encoded: base64)
}
