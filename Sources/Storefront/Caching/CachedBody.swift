import Foundation
import Hummingbird

/// JSON bodies as the cache stores them: encoded exactly as Hummingbird's default encoder would (ISO 8601
/// dates), so a cached response is byte-for-byte what an uncached one would have been.
enum CachedBody {
    /// Encodes `value` for caching.
    static func encode(_ value: some Encodable) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return ByteBuffer(bytes: try encoder.encode(value))
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
