import BarrageHTTP
import BarrageTestServer
import NIOCore

/// A running test server, a one-loop client engine and a connection to the server,
/// torn down after the test body whatever it throws.
struct Harness {
    let server: TestServer
    let engine: HTTPClientEngine
    let connection: HTTPConnection

    var endpoint: HTTPEndpoint { connection.endpoint }

    /// Runs `body` against a plain HTTP server, or with `tls` an HTTPS one reached as `host` (its SNI name).
    static func run(
        tls: HTTPClientEngine.TLS? = nil, host: String? = nil, _ body: (Harness) async throws -> Void
    ) async throws {
        try await TestServer.withServer(tls: tls != nil) { server in
            let engine = HTTPClientEngine(threads: 1, tls: tls ?? HTTPClientEngine.TLS())
            let endpoint = HTTPEndpoint(scheme: tls == nil ? .http : .https, host: host ?? server.host, port: server.port)
            let connection = engine.makeConnection(to: endpoint)
            let harness = Harness(server: server, engine: engine, connection: connection)
            do {
                try await body(harness)
            } catch {
                await harness.closeClient()
                throw error
            }
            await harness.closeClient()
        }
    }

    /// GET `target` on the harness connection.
    func get(_ target: String, timeout: Duration = .seconds(5), maxBodyBytes: Int = 64 * 1024) async -> HTTPResult {
        await connection.execute(HTTPRequest(target: target, timeout: timeout, maxBodyBytes: maxBodyBytes))
    }

    private func closeClient() async {
        await connection.close()
        await engine.shutdown()
    }
}

extension HTTPResult {
    /// The body as UTF-8 text.
    var text: String { String(decoding: body, as: UTF8.self) }
}

extension UInt64 {
    /// Nanoseconds as milliseconds, for readable expectations.
    var milliseconds: Double { Double(self) / 1_000_000 }
}
