import RedisWire
import TestSupport
import Testing

@Suite("Recovery after redis-server restarts", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RedisRestartTests {
    @Test func poolReconnectsByItselfAfterTheServerRestarts() async throws {
        let server = ScratchRedis()
        try await server.start()
        defer { server.stop() }
        let pool = RedisConnectionPool(configuration: server.configuration)
        try await pool.set("before", to: "restart")

        server.stop()
        await #expect(throws: RedisError.self) { try await pool.ping() }

        try await server.start()
        #expect(try await pool.ping() == "PONG")
        #expect(try await pool.get("before") == nil, "a fresh server without persistence starts empty")
        pool.shutdown()
    }

    @Test func singleConnectionReportsClosedWhenTheServerGoesAway() async throws {
        let server = ScratchRedis()
        try await server.start()
        let redis = try await RedisConnection.connect(configuration: server.configuration)
        server.stop()
        await #expect {
            try await redis.ping()
        } throws: { error in
            if case .connectionClosed = error as? RedisError { return true }
            return false
        }
        #expect(!redis.isActive)
    }
}
