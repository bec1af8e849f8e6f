import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct AuthTests {
    @Test func registerReturnsATokenAndTheUser() async throws {
        try await Harness.run { app in
            let response = try await app.send(
                .post, "/api/v1/auth/register",
                json: ["email": "Ann@Example.com", "password": "correct-horse", "name": "Ann"])
            #expect(response.status == .created)
            let auth = try response.decode(AuthResponse.self)
            #expect(auth.user.email == "ann@example.com")
            #expect(auth.user.role == .user)
            #expect(!auth.token.isEmpty)
        }
    }

    @Test func registerIgnoresARoleInTheBody() async throws {
        try await Harness.run { app in
            let response = try await app.send(
                .post, "/api/v1/auth/register",
                json: [
                    "email": "mallory@example.com", "password": "correct-horse", "name": "M", "role": "admin",
                    "id": "00000000-0000-0000-0000-000000000001",
                ]
            )
            let auth = try response.decode(AuthResponse.self)
            #expect(auth.user.role == .user)
            #expect(auth.user.id.uuidString != "00000000-0000-0000-0000-000000000001")
            let admin = try await app.send(
                .post, "/api/v1/products", token: auth.token, json: ["name": "x", "price": 1, "stock": 1])
            #expect(admin.status == .forbidden)
        }
    }

    @Test func responsesNeverCarryPasswordHashes() async throws {
        try await Harness.run { app in
            let register = try await app.send(
                .post, "/api/v1/auth/register",
                json: ["email": "h@example.com", "password": "correct-horse", "name": "H"])
            let login = try await app.send(
                .post, "/api/v1/auth/login", json: ["email": "h@example.com", "password": "correct-horse"])
            let token = try login.decode(AuthResponse.self).token
            let me = try await app.send(.get, "/api/v1/users/me", token: token)
            for body in [register.text, login.text, me.text] {
                #expect(!body.contains("password"))
                #expect(!body.contains("$2b$"))
            }
        }
    }

    @Test func registerRejectsADuplicateEmailAsConflict() async throws {
        try await Harness.run { app in
            let body: JSONValue = ["email": "dup@example.com", "password": "correct-horse", "name": "D"]
            try await app.send(.post, "/api/v1/auth/register", json: body)
            let second = try await app.send(
                .post, "/api/v1/auth/register",
                json: ["email": "DUP@example.com", "password": "correct-horse", "name": "D"])
            #expect(second.status == .conflict)
            #expect(second.errorCode == "CONFLICT")
        }
    }

    @Test func registerValidatesEveryField() async throws {
        try await Harness.run { app in
            let response = try await app.send(
                .post, "/api/v1/auth/register", json: ["email": "nope", "password": "short", "name": ""])
            #expect(response.status == .badRequest)
            let fields = try response.decode(ErrorResponseBody.self).error.details.compactMap(\.field)
            #expect(Set(fields) == ["email", "password", "name"])
        }
    }

    @Test func registerRejectsAMissingField() async throws {
        try await Harness.run { app in
            let response = try await app.send(
                .post, "/api/v1/auth/register", json: ["email": "x@example.com", "name": "X"])
            #expect(response.status == .badRequest)
            #expect(try response.decode(ErrorResponseBody.self).error.details.first?.field == "password")
        }
    }

    @Test func loginReturnsATokenThatAuthenticates() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let login = try await app.send(
                .post, "/api/v1/auth/login", json: ["email": .string(account.email), "password": "correct-horse"])
            #expect(login.status == .ok)
            let me = try await app.send(.get, "/api/v1/users/me", token: try login.decode(AuthResponse.self).token)
            #expect(try me.decode(UserResponse.self).id == account.id)
        }
    }

    @Test func loginWithAWrongPasswordIsUnauthorized() async throws {
        try await Harness.run { app in
            let account = try await app.register()
            let login = try await app.send(
                .post, "/api/v1/auth/login", json: ["email": .string(account.email), "password": "wrong-horse"])
            #expect(login.status == .unauthorized)
            #expect(login.errorCode == "UNAUTHORIZED")
        }
    }

    @Test func loginWithAnUnknownEmailIsUnauthorized() async throws {
        try await Harness.run { app in
            let login = try await app.send(
                .post, "/api/v1/auth/login", json: ["email": "ghost@example.com", "password": "correct-horse"])
            #expect(login.status == .unauthorized)
        }
    }

    @Test func meWithoutATokenIsUnauthorized() async throws {
        try await Harness.run { app in
            let response = try await app.send(.get, "/api/v1/users/me")
            #expect(response.status == .unauthorized)
            #expect(response.errorCode == "UNAUTHORIZED")
        }
    }

    @Test func meWithAMalformedAuthorizationHeaderIsUnauthorized() async throws {
        try await Harness.run { app in
            let response = try await app.send(.get, "/api/v1/users/me", headers: [.authorization: "Basic abc"])
            #expect(response.status == .unauthorized)
        }
    }
}
