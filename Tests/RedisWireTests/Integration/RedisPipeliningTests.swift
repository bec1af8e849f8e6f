import RedisWire
import TestSupport
import Testing

@Suite("Pipelining against redis-server", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RedisPipeliningTests {
    @Test func thousandConcurrentIncrsOnOneConnectionCountExactlyAndEachGetsItsOwnReply() async throws {
        let redis = try await TestRedis.connect()
        let key = TestRedis.key("pipeline")
        let replies = try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<1000 {
                group.addTask { try await redis.incr(key) }
            }
            return try await group.reduce(into: [Int64]()) { $0.append($1) }
        }
        #expect(Set(replies) == Set(1...1000))
        #expect(try await redis.getString(key) == "1000")
        await redis.close()
    }
}
