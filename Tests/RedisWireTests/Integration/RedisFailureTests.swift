import RedisWire
import TestSupport
import Testing

@Suite("Timeouts and failures on loopback")
struct RedisFailureTests {
    @Test func commandTimesOutWhenTheServerNeverAnswers() async throws {
        let blackhole = try await LoopbackListeners.blackhole()
        let port = try #require(blackhole.localAddress?.port)
        let configuration = RedisConfiguration(port: port, commandTimeout: .milliseconds(200))
        let redis = try await RedisConnection.connect(configuration: configuration)
        let started = ContinuousClock.now
        await #expect(throws: RedisError.commandTimeout(command: "PING", after: .milliseconds(200))) {
            try await redis.ping()
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        try await blackhole.close()
    }

    @Test func commandsBehindATimedOutOneFailAndTheConnectionCloses() async throws {
        let blackhole = try await LoopbackListeners.blackhole()
        let port = try #require(blackhole.localAddress?.port)
        let configuration = RedisConfiguration(port: port, commandTimeout: .milliseconds(200))
        let redis = try await RedisConnection.connect(configuration: configuration)
        let first = Task { try await redis.ping() }
        try await Task.sleep(for: .milliseconds(50))
        await #expect(throws: RedisError.self) { try await redis.get("behind") }
        await #expect(throws: RedisError.self) { try await first.value }
        #expect(!redis.isActive)
        try await blackhole.close()
    }

    @Test func connectTimesOutWhenTheServerNeverCompletesTheHandshake() async throws {
        let listener = try await LoopbackListeners.neverAccepting()
        let port = try #require(listener.localAddress?.port)
        let configuration = RedisConfiguration(port: port, connectTimeout: .milliseconds(200))
        var queued: [RedisConnection] = []
        var timedOut = false
        for _ in 0..<8 where !timedOut {
            do {
                queued.append(try await RedisConnection.connect(configuration: configuration))
            } catch {
                #expect(error == .connectTimeout(address: "127.0.0.1:\(port)", after: .milliseconds(200)))
                timedOut = true
            }
        }
        #expect(timedOut, "once the accept queue is full, connecting must time out")
        for connection in queued { await connection.close() }
        try await listener.close()
    }

    @Test func connectToAClosedPortFailsFastWithTheAddress() async throws {
        let port = FreePort.next()
        let configuration = RedisConfiguration(port: port, connectTimeout: .seconds(1))
        await #expect {
            _ = try await RedisConnection.connect(configuration: configuration)
        } throws: { error in
            guard case .connectFailed(let address, _) = error as? RedisError else { return false }
            return address == "127.0.0.1:\(port)"
        }
    }

    @Test func poolFailsFastWhenRedisIsDownInsteadOfWaitingForTheLeaseTimeout() async throws {
        let port = FreePort.next()
        let pool = RedisConnectionPool(
            configuration: RedisConfiguration(port: port),
            poolConfiguration: RedisPoolConfiguration(maxConnections: 2, leaseTimeout: .seconds(5))
        )
        let started = ContinuousClock.now
        await #expect {
            try await pool.ping()
        } throws: { error in
            if case .connectFailed = error as? RedisError { return true }
            return false
        }
        #expect(ContinuousClock.now - started < .seconds(2))
        pool.shutdown()
    }
}
