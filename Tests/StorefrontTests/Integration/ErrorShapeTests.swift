import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

/// Framework errors come out in the same `{"error":{code,message,details}}` shape as the API's own.
@Suite(.enabled(if: !TestDatabase.isSkipped, "STOREFRONT_SKIP_DB_TESTS=1"))
struct ErrorShapeTests {
    func expectErrorShape(_ response: TestResponse, status: Int, code: String) throws {
        #expect(response.status.code == status)
        let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        let error = try #require(object?["error"] as? [String: Any])
        #expect(error["code"] as? String == code)
        #expect(error["message"] is String)
        #expect(error["details"] is [Any])
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
    }

    @Test func unknownRoutesAreNotFound() async throws {
        try await Harness.run { app in
            try expectErrorShape(
                try await app.send(.get, "/api/v1/nothing-here"), status: 404, code: "RESOURCE_NOT_FOUND")
        }
    }

    @Test func wrongMethodsAre405WithAllow() async throws {
        try await Harness.run { app in
            let response = try await app.send(.delete, "/api/v1/orders")
            try expectErrorShape(response, status: 405, code: "VALIDATION_ERROR")
            #expect(response.headers[.allow] == "GET, POST")
        }
    }

    @Test func undecodableBodiesAreValidationErrors() async throws {
        try await Harness.run { app in
            try expectErrorShape(
                try await app.send(.post, "/api/v1/auth/login", raw: "{not json"), status: 400, code: "VALIDATION_ERROR"
            )
        }
    }

    @Test func wronglyTypedFieldsNameTheField() async throws {
        try await Harness.run { app in
            let response = try await app.send(.post, "/api/v1/auth/login", raw: #"{"email":42,"password":"x"}"#)
            try expectErrorShape(response, status: 400, code: "VALIDATION_ERROR")
            #expect(try response.decode(ErrorResponseBody.self).error.details.first?.field == "email")
        }
    }

    @Test func emptyBodiesAreValidationErrors() async throws {
        try await Harness.run { app in
            try expectErrorShape(try await app.send(.post, "/api/v1/auth/login"), status: 400, code: "VALIDATION_ERROR")
        }
    }

    @Test func bodiesOverTheLimitAre413() async throws {
        try await Harness.run([.maxBodySize: "1024"]) { app in
            let huge = #"{"email":"a@b.co","password":""# + String(repeating: "x", count: 4096) + #""}"#
            try expectErrorShape(
                try await app.send(.post, "/api/v1/auth/login", raw: huge), status: 413, code: "VALIDATION_ERROR")
        }
    }

    @Test func errorMessagesLeakNoInternals() async throws {
        try await Harness.run { app in
            let responses = [
                try await app.send(.post, "/api/v1/auth/login", raw: #"{"email":[1],"password":{}}"#),
                try await app.send(.get, "/api/v1/products?sort=1;DROP TABLE users"),
                try await app.send(.get, "/api/v1/products/'%20OR%201=1"),
            ]
            for response in responses {
                for leak in ["Swift", "PSQL", "SELECT", "DecodingError", "String.Type", "Hummingbird"] {
                    #expect(!response.text.contains(leak))
                }
            }
        }
    }
}
