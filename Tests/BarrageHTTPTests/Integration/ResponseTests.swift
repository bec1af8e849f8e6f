import BarrageHTTP
import BarrageTestServer
import Testing

@Suite("Responses from the test server")
struct ResponseTests {
    @Test("status codes are reported as sent", arguments: [201, 404, 500, 503])
    func statusCodes(status: Int) async throws {
        try await Harness.run { harness in
            let result = await harness.get("/status/\(status)")
            #expect(result.status == status)
            #expect(result.failure == nil)
        }
    }

    @Test("204 has no body and the connection stays usable")
    func noContent() async throws {
        try await Harness.run { harness in
            let empty = await harness.get("/status/204")
            let next = await harness.get("/")
            #expect(empty.status == 204)
            #expect(empty.body.isEmpty)
            #expect(next.text == "ok")
            #expect(next.timings.connecting == 0)
        }
    }

    @Test("a HEAD response ends at its head")
    func head() async throws {
        try await Harness.run { harness in
            let result = await harness.connection.execute(
                HTTPRequest(method: "HEAD", target: "/json", timeout: .seconds(2)))
            let next = await harness.get("/")
            #expect(result.status == 200)
            #expect(result.body.isEmpty)
            #expect(next.text == "ok")
        }
    }

    @Test("a body nothing reads is counted but kept only for an error status, which error samples show")
    func unreadBody() async throws {
        try await Harness.run { harness in
            let ok = await harness.connection.execute(HTTPRequest(target: "/json", timeout: .seconds(2), readsBody: false))
            #expect(ok.status == 200)
            #expect(ok.body.isEmpty)
            #expect(ok.bodyLength == TestResponses.json.utf8.count)
            let missing = await harness.connection.execute(HTTPRequest(target: "/nope", timeout: .seconds(2), readsBody: false))
            #expect(missing.status == 404)
            #expect(!missing.body.isEmpty)
            #expect(missing.bodyLength == missing.body.count)
            let read = await harness.connection.execute(HTTPRequest(target: "/json", timeout: .seconds(2)))
            #expect(read.body.count == TestResponses.json.utf8.count)
        }
    }

    @Test("a chunked body is de-chunked")
    func chunked() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/chunked?n=5")
            #expect(result.text == (0..<5).map(TestResponses.chunk).joined())
            #expect(result.bodyLength == result.body.count)
        }
    }

    @Test("an HTTP/1.0 body delimited by the connection close is complete")
    func closeDelimited() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/http10")
            let next = await harness.get("/")
            #expect(result.status == 200)
            #expect(result.text == TestResponses.http10)
            #expect(next.status == 200)
        }
    }

    @Test("the body kept is capped, the length counted is not")
    func bodyLimit() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/products", maxBodyBytes: 10)
            #expect(result.body.count == 10)
            #expect(result.bodyLength == TestResponses.products.utf8.count)
            #expect(result.bytesReceived > result.bodyLength)
        }
    }

    @Test("request headers and body reach the server")
    func echo() async throws {
        try await Harness.run { harness in
            let request = HTTPRequest(
                method: "POST", target: "/echo", headers: [("X-Trace", "t-1")], body: Array(#"{"a":1}"#.utf8))
            let result = await harness.connection.execute(request)
            #expect(result.status == 200)
            #expect(result.text.contains(#"["X-Trace","t-1"]"#))
            #expect(result.text.contains(#""body":"{\"a\":1}""#))
            #expect(result.bytesSent > 7)
        }
    }

    @Test("a reusable request is sent again byte for byte, and a changed one is sent as changed")
    func reusedEncoding() async throws {
        try await Harness.run { harness in
            let key = HTTPRequest.ReuseKey()
            let request = HTTPRequest(target: "/echo", headers: [("X-Trace", "t-1")], reuseKey: key)
            let first = await harness.connection.execute(request)
            let again = await harness.connection.execute(request)
            var changed = request
            changed.headers.append(("Cookie", "session=2"))
            let third = await harness.connection.execute(changed)
            var otherTarget = request
            otherTarget.target = "/echo?page=2"
            let fourth = await harness.connection.execute(otherTarget)

            #expect(first.text.contains(#"["X-Trace","t-1"]"#))
            #expect(again.text == first.text)
            #expect(again.bytesSent == first.bytesSent)
            #expect(third.text.contains(#"["Cookie","session=2"]"#))
            #expect(fourth.text.contains(#""uri":"/echo?page=2""#))
        }
    }

    @Test("response headers are readable by name")
    func responseHeader() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/header?name=X-Token&value=abc%20def")
            #expect(result.headers["x-token"] == "abc def")
        }
    }
}
