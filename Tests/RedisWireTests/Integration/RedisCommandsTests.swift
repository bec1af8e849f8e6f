import NIOCore
import RedisWire
import TestSupport
import Testing

@Suite("Commands against redis-server", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RedisCommandsTests {
    @Test func pingAnswersPong() async throws {
        let redis = try await TestRedis.connect()
        #expect(try await redis.ping() == "PONG")
        await redis.close()
    }

    @Test func setThenGetReturnsTheValue() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("roundtrip")
        try await redis.set(key, to: "hello")
        #expect(try await redis.getString(key) == "hello")
        await redis.close()
    }

    @Test func binaryValuesRoundTripUnchanged() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("binary")
        let bytes = ByteBuffer(bytes: [0, 13, 10, 255, 36, 42])
        try await redis.set(key, to: .bytes(bytes))
        #expect(try await redis.get(key) == bytes)
        await redis.close()
    }

    @Test func getOfAMissingKeyIsNil() async throws {
        let redis = try await TestRedis.connect()
        #expect(try await redis.get(TestRedis.key("missing")) == nil)
        await redis.close()
    }

    @Test func setWithNXDoesNotOverwrite() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("nx")
        #expect(try await redis.set(key, to: "first", condition: .ifNotExists))
        #expect(try await !redis.set(key, to: "second", condition: .ifNotExists))
        #expect(try await redis.getString(key) == "first")
        await redis.close()
    }

    @Test func setWithEXGivesTheKeyATTL() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("ex")
        try await redis.set(key, to: "v", expiration: .seconds(100))
        let ttl = try await redis.send(command: ["TTL", .string(key)]).int
        #expect((99...100).contains(ttl ?? -1))
        await redis.close()
    }

    @Test func setWithPXExpiresTheKey() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("px")
        try await redis.set(key, to: "v", expiration: .milliseconds(50))
        try await Task.sleep(for: .milliseconds(120))
        #expect(try await redis.get(key) == nil)
        await redis.close()
    }

    @Test func delAndUnlinkCountTheKeysThatExisted() async throws {
        let redis = try await TestRedis.connect()
        let (a, b, c) = (TestRedis.key("del"), TestRedis.key("del"), TestRedis.key("del"))
        try await redis.set(a, to: "1")
        try await redis.set(b, to: "2")
        try await redis.set(c, to: "3")
        #expect(try await redis.del([a, b, TestRedis.key("never")]) == 2)
        #expect(try await redis.unlink([c]) == 1)
        #expect(try await redis.get(c) == nil)
        await redis.close()
    }

    @Test func incrCountsFromZero() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("incr")
        #expect(try await redis.incr(key) == 1)
        #expect(try await redis.incr(key) == 2)
        await redis.close()
    }

    @Test func expireReportsWhetherTheKeyExisted() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("expire")
        try await redis.set(key, to: "v")
        #expect(try await redis.expire(key, after: .seconds(30)))
        #expect(try await !redis.expire(TestRedis.key("absent"), after: .seconds(30)))
        await redis.close()
    }

    @Test func errorReplyIsThrownWithTheServerMessageAndTheConnectionStaysUsable() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("wrongtype")
        try await redis.set(key, to: "not a number")
        await #expect {
            try await redis.incr(key)
        } throws: { error in
            guard case .server(let message, let command) = error as? RedisError else { return false }
            return message.hasPrefix("ERR") && command == "INCR"
        }
        #expect(try await redis.ping() == "PONG")
        await redis.close()
    }
}
