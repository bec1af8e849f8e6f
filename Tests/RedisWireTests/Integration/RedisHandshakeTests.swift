import RedisWire
import TestSupport
import Testing

@Suite("AUTH and SELECT on connect", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RedisHandshakeTests {
    @Test func databaseFromTheURLIsSelected() async throws {
        var configuration = try TestRedis.configuration()
        configuration.database = 0
        let db0 = try await RedisConnection.connect(configuration: configuration)
        configuration.database = 3
        let db3 = try await RedisConnection.connect(configuration: configuration)
        let key = TestRedis.key("select")
        try await db3.set(key, to: "in three")
        #expect(try await db3.getString(key) == "in three")
        #expect(try await db0.get(key) == nil)
        await db0.close()
        await db3.close()
    }

    @Test func rejectedAuthFailsTheConnectWithTheServersReason() async throws {
        var configuration = try TestRedis.configuration()
        configuration.password = "not-the-password"
        await #expect {
            _ = try await RedisConnection.connect(configuration: configuration)
        } throws: { error in
            guard case .connectFailed(_, let reason) = error as? RedisError else { return false }
            return reason.contains("AUTH")
        }
    }
}
