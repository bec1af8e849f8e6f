import NIOCore
import Testing

@testable import BarrageHTTP

@Suite("HTTP/1.1 request encoder")
struct HTTPRequestEncoderTests {
    private func encode(_ request: HTTPRequest) -> (wire: String, outcome: HTTPRequestEncoder.Outcome) {
        var buffer = ByteBuffer()
        let outcome = HTTPRequestEncoder.encode(request, hostHeader: "example.test:8080", into: &buffer)
        return (String(buffer: buffer), outcome)
    }

    @Test("a GET gets a Host header and no Content-Length")
    func plainGet() {
        let (wire, _) = encode(HTTPRequest(target: "/a?b=1", headers: [("Accept", "*/*")]))
        #expect(wire == "GET /a?b=1 HTTP/1.1\r\nAccept: */*\r\nHost: example.test:8080\r\n\r\n")
    }

    @Test("a body gets its Content-Length")
    func postWithBody() {
        let (wire, _) = encode(HTTPRequest(method: "POST", target: "/echo", body: Array("{}".utf8)))
        #expect(wire == "POST /echo HTTP/1.1\r\nHost: example.test:8080\r\nContent-Length: 2\r\n\r\n{}")
    }

    @Test("a POST without a body announces an empty one")
    func postWithoutBody() {
        let (wire, _) = encode(HTTPRequest(method: "POST", target: "/"))
        #expect(wire.contains("Content-Length: 0\r\n"))
    }

    @Test("caller-supplied Host and Content-Length are not duplicated")
    func callerHeadersWin() {
        let request = HTTPRequest(
            method: "PUT", target: "/", headers: [("host", "other"), ("content-length", "1")], body: [0x41])
        let (wire, _) = encode(request)
        #expect(wire == "PUT / HTTP/1.1\r\nhost: other\r\ncontent-length: 1\r\n\r\nA")
    }

    @Test("Connection: close in the request is reported")
    func connectionClose() {
        #expect(encode(HTTPRequest(target: "/", headers: [("Connection", "Close")])).outcome.asksToClose)
        #expect(!encode(HTTPRequest(target: "/", headers: [("Connection", "keep-alive")])).outcome.asksToClose)
    }
}
