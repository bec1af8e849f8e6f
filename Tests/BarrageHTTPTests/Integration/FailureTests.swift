import BarrageHTTP
import BarrageTestServer
import NIOCore
import TestSupport
import Testing

@Suite("Failures are categorised results")
struct FailureTests {
    @Test("a dropped connection is a connection reset")
    func drop() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/drop")
            #expect(result.status == nil)
            #expect(result.failure?.category == .connectionReset)
        }
    }

    @Test("a TCP reset is a connection reset")
    func reset() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/reset")
            #expect(result.failure?.category == .connectionReset)
        }
    }

    @Test("a refused port fails fast as connectionRefused")
    func refused() async throws {
        let port = FreePort.next()
        let engine = HTTPClientEngine(threads: 1)
        let connection = engine.makeConnection(to: HTTPEndpoint(scheme: .http, host: "127.0.0.1", port: port))
        let first = await connection.execute(HTTPRequest(target: "/", timeout: .seconds(5)))
        let second = await connection.execute(HTTPRequest(target: "/", timeout: .seconds(5)))
        await connection.close()
        await engine.shutdown()
        #expect(first.failure?.category == .connectionRefused)
        #expect(second.failure?.category == .connectionRefused)
        #expect(first.timings.connecting > 0)
        // Fast means "on the refusal, not at the 5 s timeout", as the connect phase the engine
        // timed on its own loop shows. The test's own wall clock is not used: on a busy machine its
        // task can wait seconds for a cooperative thread after the engine has long answered.
        #expect(first.timings.connecting < 1_000_000_000)
        #expect(second.timings.connecting < 1_000_000_000)
    }

    @Test("a slow response times out in about the timeout, and the next request reconnects")
    func timeout() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/delay?ms=2000", timeout: .milliseconds(200))
            let next = await harness.get("/")
            #expect(result.failure?.category == .timeout)
            // Ended by the 200 ms timeout, not by the server's 2 s answer, as the engine timed the
            // exchange on its own loop (the test task's wall clock also counts however long a busy
            // machine kept it from a cooperative thread). The upper bound sits between the two.
            let phases = result.timings
            let spent = phases.blocked + phases.connecting + phases.duration
            #expect(spent >= 195_000_000)
            #expect(spent < 1_500_000_000)
            #expect(next.status == 200)
            #expect(next.timings.connecting > 0)
        }
    }

    @Test("a TLS handshake against a plain HTTP server is a TLS failure")
    func tlsAgainstPlainServer() async throws {
        try await Harness.run { harness in
            let https = harness.engine.makeConnection(
                to: HTTPEndpoint(scheme: .https, host: "127.0.0.1", port: harness.server.port))
            let result = await https.execute(HTTPRequest(target: "/", timeout: .seconds(2)))
            await https.close()
            #expect(result.failure?.category == .tls)
        }
    }

    @Test("a closed connection refuses further requests")
    func closedConnection() async throws {
        try await Harness.run { harness in
            await harness.connection.close()
            let result = await harness.get("/")
            #expect(result.failure?.category == .other)
        }
    }
}
