import Testing

@testable import BarrageHTTP

@Suite("HTTPEndpoint URL parsing")
struct HTTPEndpointTests {
    @Test("an origin with a port")
    func origin() throws {
        let endpoint = try #require(HTTPEndpoint(url: "http://127.0.0.1:8080"))
        #expect(endpoint == HTTPEndpoint(scheme: .http, host: "127.0.0.1", port: 8080))
        #expect(endpoint.hostHeader == "127.0.0.1:8080")
    }

    @Test("the port defaults from the scheme and is left out of Host")
    func defaultPort() throws {
        let endpoint = try #require(HTTPEndpoint(url: "HTTPS://example.com/"))
        #expect(endpoint.port == 443)
        #expect(endpoint.hostHeader == "example.com")
    }

    @Test("IPv6 literals keep brackets only in Host")
    func ipv6() throws {
        let endpoint = try #require(HTTPEndpoint(url: "http://[::1]:9000"))
        #expect(endpoint.host == "::1")
        #expect(endpoint.hostHeader == "[::1]:9000")
        #expect(endpoint.hostIsIPAddress)
    }

    @Test("a URL with a path is not an origin but splits into endpoint and target")
    func splitting() throws {
        #expect(HTTPEndpoint(url: "http://h:1/api") == nil)
        let (endpoint, target) = try #require(HTTPEndpoint.splitting(url: "http://h:1/api/v1?x=1#frag"))
        #expect(endpoint.host == "h")
        #expect(target == "/api/v1?x=1")
    }

    @Test(
        "malformed URLs are rejected",
        arguments: ["ftp://h", "http://", "http://h:0", "http://h:x", "h:80", "http://u@h"])
    func rejected(url: String) {
        #expect(HTTPEndpoint(url: url) == nil)
    }
}
