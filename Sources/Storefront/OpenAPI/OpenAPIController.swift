import Foundation
import Hummingbird

/// Serves the OpenAPI document, encoded once at start-up.
struct OpenAPIController: Sendable {
    let body: ByteBuffer

    init() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        body = ByteBuffer(bytes: try encoder.encode(OpenAPIDocument.document))
    }

    func addRoutes(to api: RouterGroup<AppRequestContext>) {
        api.get("openapi.json", use: document)
    }

    @Sendable func document(_ request: Request, context: AppRequestContext) async throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: body))
    }
}
