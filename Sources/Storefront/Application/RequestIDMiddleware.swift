import HTTPTypes
import Hummingbird

/// Echoes Hummingbird's per-request id as `X-Request-Id`, so a client (or a load-test report's error
/// sample) can be matched with the server's log lines, which carry the same id as `hb.request.id`.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        // Read the metadata directly: `context.id` traps when the log handler keeps no metadata.
        if let id = context.logger[metadataKey: "hb.request.id"] {
            response.headers[.requestID] = id.description
        }
        return response
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`.
    static let requestID = HTTPField.Name("X-Request-Id")!
}
