import Testing

@testable import BarrageHTTP

@Suite("Lazily decoded response headers")
struct HTTPResponseHeadersTests {
    private let headers = HTTPResponseHeaders(
        block: Array("Content-Type: text/plain\r\nSet-Cookie: a=1\r\nset-cookie:  b=2 \r\n".utf8), hasSetCookie: true)

    @Test("lookup ignores the case of the name")
    func caseInsensitiveLookup() {
        #expect(headers["content-type"] == "text/plain")
        #expect(headers["X-Missing"] == nil)
    }

    @Test("repeated headers keep every value in order, trimmed")
    func repeatedValues() {
        #expect(headers.values(for: "Set-Cookie") == ["a=1", "b=2"])
    }

    @Test("fields keep wire order and spelling")
    func fields() {
        #expect(headers.fields.map(\.name) == ["Content-Type", "Set-Cookie", "set-cookie"])
        #expect(headers.count == 3)
    }
}
