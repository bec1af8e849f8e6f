import BarrageHTTP
import BarrageTestServer
import Testing

@Suite("HTTPS")
struct TLSTests {
    /// Runs `body` against an HTTPS test server with an engine using `tls`.
    private func withHTTPS(
        _ tls: HTTPClientEngine.TLS, host: String = "localhost", _ body: (HTTPConnection) async throws -> Void
    ) async throws {
        try await Harness.run(tls: tls, host: host) { harness in
            try await body(harness.connection)
        }
    }

    @Test("an untrusted certificate fails as TLS while verification is on")
    func verificationIsOnByDefault() async throws {
        try await withHTTPS(HTTPClientEngine.TLS()) { connection in
            let result = await connection.execute(HTTPRequest(target: "/", timeout: .seconds(3)))
            #expect(result.failure?.category == .tls)
        }
    }

    @Test("a trusted certificate verifies against the SNI host name, and the handshake is timed once")
    func trustedCertificate() async throws {
        try await withHTTPS(HTTPClientEngine.TLS(additionalTrustRootsPEM: [TestCertificate.certificatePEM])) {
            connection in
            let first = await connection.execute(HTTPRequest(target: "/json", timeout: .seconds(3)))
            let second = await connection.execute(HTTPRequest(target: "/", timeout: .seconds(3)))
            #expect(first.failure == nil)
            #expect(first.text == TestResponses.json)
            #expect(first.timings.tlsHandshaking > 0)
            #expect(second.status == 200)
            #expect(second.timings.tlsHandshaking == 0)
        }
    }

    @Test("insecure mode accepts any certificate")
    func insecure() async throws {
        try await withHTTPS(HTTPClientEngine.TLS(insecure: true), host: "127.0.0.1") { connection in
            let result = await connection.execute(HTTPRequest(target: "/", timeout: .seconds(3)))
            #expect(result.status == 200)
        }
    }
}
