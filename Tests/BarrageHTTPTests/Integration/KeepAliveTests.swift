import BarrageHTTP
import Testing

@Suite("Keep-alive and reconnects")
struct KeepAliveTests {
    @Test("only the first request on a connection pays for connecting")
    func reuse() async throws {
        try await Harness.run { harness in
            let first = await harness.get("/")
            let second = await harness.get("/")
            let third = await harness.get("/")
            #expect(first.status == 200 && second.status == 200 && third.status == 200)
            #expect(first.text == "ok")
            #expect(first.timings.connecting > 0)
            #expect(second.timings.connecting == 0)
            #expect(third.timings.connecting == 0)
        }
    }

    @Test("Connection: close in a response makes the next request reconnect")
    func connectionCloseReconnects() async throws {
        try await Harness.run { harness in
            _ = await harness.get("/")
            let closing = await harness.get("/close")
            let next = await harness.get("/")
            #expect(closing.status == 200)
            #expect(closing.headers["connection"] == "close")
            #expect(next.status == 200)
            #expect(next.failure == nil)
            #expect(next.timings.connecting > 0)
        }
    }

    @Test("a connection the server closed while idle is replaced transparently")
    func idleCloseReconnects() async throws {
        try await Harness.run { harness in
            _ = await harness.get("/idle-close?ms=20")
            try await Task.sleep(for: .milliseconds(150))
            let next = await harness.get("/")
            #expect(next.status == 200)
            #expect(next.failure == nil)
            #expect(next.timings.connecting > 0)
        }
    }

    @Test("a GET that meets a closing kept-alive connection is retried once on a fresh one")
    func staleConnectionRetry() async throws {
        try await Harness.run { harness in
            _ = await harness.get("/")
            let dropped = await harness.get("/drop")
            #expect(dropped.failure?.category == .connectionReset)
            #expect(harness.server.requestCount == 3)
        }
    }

    @Test("a POST that meets a closing kept-alive connection is not sent twice")
    func postIsNotRetried() async throws {
        try await Harness.run { harness in
            _ = await harness.get("/")
            let dropped = await harness.connection.execute(HTTPRequest(method: "POST", target: "/drop"))
            #expect(dropped.failure?.category == .connectionReset)
            #expect(harness.server.requestCount == 2)
        }
    }

    @Test("an actor on the connection's loop resumes on that loop")
    func resumesOnTheLoop() async throws {
        try await Harness.run { harness in
            let user = VirtualUser(connection: harness.connection)
            let (status, onLoop) = await user.fetch("/")
            #expect(status == 200)
            #expect(onLoop)
        }
    }

    @Test("a second request while one is in flight fails instead of interleaving")
    func overlappingExecuteFails() async throws {
        try await Harness.run { harness in
            async let slow = harness.get("/delay?ms=200")
            try await Task.sleep(for: .milliseconds(50))
            let overlapping = await harness.get("/")
            #expect(overlapping.failure?.category == .other)
            #expect(await slow.status == 200)
        }
    }
}

/// A stand-in for the runner's VU actor: its executor is the connection's loop.
actor VirtualUser {
    let connection: HTTPConnection
    nonisolated var unownedExecutor: UnownedSerialExecutor {
        connection.eventLoop.executor.asUnownedSerialExecutor()
    }

    init(connection: HTTPConnection) {
        self.connection = connection
    }

    func fetch(_ target: String) async -> (status: Int?, onLoop: Bool) {
        let result = await connection.execute(HTTPRequest(target: target))
        return (result.status, connection.eventLoop.inEventLoop)
    }
}
