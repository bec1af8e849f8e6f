import Foundation
import Hummingbird

/// JSON bodies as the cache serves them: encoded exactly as Hummingbird's default encoder would (ISO 8601
/// dates), so a cached response is what an uncached one would have been.
enum CachedBody {
    /// The encoder cached bodies are built with.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A 200 response with `body` as its JSON.
    static func response(_ body: ByteBuffer) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "application/json; charset=utf-8", .contentLength: String(body.readableBytes)],
            body: .init(byteBuffer: body)
        )
    }
}
