import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import Storefront

/// The document must describe exactly the routes the router serves; needs no database.
@Suite struct OpenAPITests {
    func router() async throws -> Router<AppRequestContext> {
        let services = await StorefrontServices(
            configuration: try TestConfiguration.make(), logger: TestDatabase.logger)
        return try buildRouter(services: services)
    }

    @Test func documentPathsMatchTheRoutersRoutes() async throws {
        let routes = Set(try await router().routeTable.routes.map { "\($0.method.rawValue) \($0.openAPIPath)" })
        guard case .object(let paths) = OpenAPIDocument.document["paths"] else {
            Issue.record("paths missing")
            return
        }
        var documented: Set<String> = []
        for (path, item) in paths {
            guard case .object(let operations) = item else { continue }
            for method in operations.keys where method != "parameters" {
                documented.insert("\(method.uppercased()) \(path)")
            }
        }
        #expect(routes.subtracting(documented).sorted() == [], "routes missing from the document")
        #expect(documented.subtracting(routes).sorted() == [], "documented paths the router does not serve")
    }

    @Test func theDocumentIsServedAsOpenAPI31() async throws {
        let app = Application(router: try await router(), logger: TestDatabase.logger)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
            #expect(response.status == .ok)
            let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            #expect(object?["openapi"] as? String == "3.1.0")
        }
    }

    @Test func everyReferencedSchemaExists() throws {
        let text = String(decoding: try JSONEncoder().encode(OpenAPIDocument.document), as: UTF8.self)
        let references = Set(text.matches(of: /#\\?\/components\\?\/schemas\\?\/([A-Za-z]+)/).map { String($0.1) })
        #expect(!references.isEmpty)
        #expect(references.subtracting(OpenAPISchemas.all.keys).isEmpty)
    }
}

extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}
