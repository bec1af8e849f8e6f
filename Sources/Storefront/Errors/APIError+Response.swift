import Foundation
import Hummingbird

extension APIError: HTTPResponseError {
    /// Renders the error in the one error shape, so even errors that escape every middleware look the same.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(ErrorResponseBody(self))
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
