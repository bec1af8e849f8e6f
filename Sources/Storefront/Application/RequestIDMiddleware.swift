import HTTPTypes
import Hummingbird

/// Gives every request one id, used in its log lines (`request_id`) and returned as `X-Request-Id`, so a
/// client (or a load-test report's error sample) can be matched with the server's logs. A well-formed
/// incoming `X-Request-Id` (from a proxy or the client) is kept, so one id follows a request across hops.
struct RequestIDMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Longest incoming id accepted; longer or odd ones are replaced, so logs cannot be flooded or forged.
    static var maximumLength: Int { 128 }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let incoming = request.headers[.requestID].flatMap { Self.isAcceptable($0) ? $0 : nil }
        // Read the metadata directly: `context.id` traps when the log handler keeps no metadata.
        let id = incoming ?? context.logger[metadataKey: "hb.request.id"]?.description ?? RequestID().description
        context.logger[metadataKey: "hb.request.id"] = .string(id)
        var response = try await next(request, context)
        response.headers[.requestID] = id
        return response
    }

    /// Whether an incoming id is short and made only of letters, digits, `-`, `_`, `.` and `:`.
    static func isAcceptable(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= maximumLength
            && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.:".unicodeScalars.contains($0)) }
    }
}

extension HTTPField.Name {
    /// `X-Request-Id`.
    static let requestID = HTTPField.Name("X-Request-Id")!
}
