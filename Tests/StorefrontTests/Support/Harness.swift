import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport

@testable import Storefront

/// A running storefront on a fresh database, driven through `app.test(.router)`, with the services the
/// app uses so tests can arrange state (e.g. promote an admin) the API deliberately does not offer.
struct Harness: Sendable {
    let client: any TestClientProtocol
    let services: StorefrontServices

    /// Runs `body` against a new app on a new database.
    @discardableResult
    static func run<Result: Sendable>(
        _ overrides: [ConfigurationKey: String] = [:],
        _ body: @Sendable (Harness) async throws -> Result
    ) async throws -> Result {
        try await TestDatabase.withFreshDatabase { url in
            try await run(database: url, overrides, body)
        }
    }

    /// Runs `body` against a new app on an existing database (used to restart on the same data).
    @discardableResult
    static func run<Result: Sendable>(
        database url: String,
        _ overrides: [ConfigurationKey: String] = [:],
        _ body: @Sendable (Harness) async throws -> Result
    ) async throws -> Result {
        guard let database = DatabaseURL(url) else { throw HarnessError.unexpected(0, "not a database URL: \(url)") }
        let configuration = try TestConfiguration.make(database: database, overrides)
        let services = await StorefrontServices(configuration: configuration, logger: TestDatabase.logger)
        let app = try buildApplication(services: services)
        return try await app.test(.router) { client in
            try await body(Harness(client: client, services: services))
        }
    }

    /// Sends a request with an optional bearer token and JSON (or raw) body.
    @discardableResult
    func send(
        _ method: HTTPRequest.Method,
        _ path: String,
        token: String? = nil,
        json: JSONValue? = nil,
        raw: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        if let token { headers[.authorization] = "Bearer \(token)" }
        var body: ByteBuffer?
        if let json { body = ByteBuffer(bytes: try JSONEncoder().encode(json)) }
        if let raw { body = ByteBuffer(string: raw) }
        if body != nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: path, method: method, headers: headers, body: body)
    }
}

extension TestResponse {
    /// The body decoded as `type`.
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(Value.self, from: Data(body.readableBytesView))
    }

    /// The `error.code` of an error response.
    var errorCode: String? {
        (try? decode(ErrorResponseBody.self))?.error.code.rawValue
    }

    /// The body as text.
    var text: String { String(buffer: body) }
}
