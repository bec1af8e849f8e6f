import RedisWire
import TestSupport
import Testing

@testable import Storefront

@Suite("Rate-limit Lua script against redis-server", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RateLimitScriptTests {
    private let script = RedisScript(RateLimitScript.fixedWindow)

    private func check(
        _ redis: some RedisCommands,
        key: String,
        limit: Int,
        windowMilliseconds: Int
    ) async throws -> RateLimitDecision {
        let reply = try await redis.run(
            script,
            keys: [key],
            arguments: [RedisArgument(limit), RedisArgument(windowMilliseconds)]
        )
        let numbers = try #require(reply.array?.compactMap { $0.int })
        return try #require(RateLimitDecision(scriptReply: numbers, limit: limit))
    }

    @Test func oneHundredFiftyRequestsFromTwoServersGiveExactlyOneHundredAllowed() async throws {
        // 150 calls queue for 2 × 8 connections; on a busy machine the queue can take longer than the
        // default 5 s lease timeout, which is not what this test is about (atomicity across servers).
        let (serverA, serverB) = (try TestRedis.pool(leaseTimeout: .seconds(60)), try TestRedis.pool(leaseTimeout: .seconds(60)))
        let key = TestRedis.key("two-servers")
        let decisions = try await withThrowingTaskGroup(of: RateLimitDecision.self) { group in
            for index in 0..<150 {
                let server = index.isMultiple(of: 2) ? serverA : serverB
                group.addTask { try await check(server, key: key, limit: 100, windowMilliseconds: 60_000) }
            }
            return try await group.reduce(into: [RateLimitDecision]()) { $0.append($1) }
        }
        #expect(decisions.filter(\.allowed).count == 100)
        let rejected = decisions.filter { !$0.allowed }
        #expect(rejected.count == 50)
        #expect(rejected.allSatisfy { $0.remaining == 0 && (1...60).contains($0.retryAfterSeconds ?? 0) })
        #expect(Set(decisions.filter(\.allowed).map(\.remaining)) == Set(0...99))
        serverA.shutdown()
        serverB.shutdown()
    }

    @Test func scriptAgreesWithTheSwiftModelRequestByRequest() async throws {
        let redis = try TestRedis.pool()
        let key = TestRedis.key("model")
        let model = FixedWindowRateLimit(limit: 5, window: .seconds(60))
        var window: RateLimitWindow?
        for request in 0..<8 {
            let (expected, next) = model.decide(window: window, now: .now)
            window = next
            let actual = try await check(redis, key: key, limit: 5, windowMilliseconds: 60_000)
            #expect(actual.allowed == expected.allowed, "request \(request)")
            #expect(actual.remaining == expected.remaining, "request \(request)")
            // The window started at the first call; allow for a slow machine between calls.
            #expect(actual.resetAfter <= .seconds(60) && actual.resetAfter > .seconds(50), "request \(request)")
        }
        redis.shutdown()
    }

    @Test func windowEndsAndTheClientIsAllowedAgain() async throws {
        let redis = try TestRedis.pool()
        let key = TestRedis.key("window-end")
        #expect(try await check(redis, key: key, limit: 1, windowMilliseconds: 2000).allowed)
        #expect(try await !check(redis, key: key, limit: 1, windowMilliseconds: 2000).allowed)
        try await Task.sleep(for: .milliseconds(2200))
        #expect(try await check(redis, key: key, limit: 1, windowMilliseconds: 2000).allowed)
        redis.shutdown()
    }

    @Test func counterWithoutTTLGetsOneSoItCannotBlockForever() async throws {
        let redis = try TestRedis.pool()
        let key = TestRedis.key("no-ttl")
        try await redis.set(key, to: "5")
        let decision = try await check(redis, key: key, limit: 5, windowMilliseconds: 10_000)
        #expect(!decision.allowed)
        let ttl = try #require(try await redis.send(command: ["PTTL", .string(key)]).int)
        #expect((1...10_000).contains(ttl))
        redis.shutdown()
    }

    @Test func scriptIsRunByItsSHA1AfterTheFirstCall() async throws {
        let redis = try TestRedis.pool()
        _ = try await check(redis, key: TestRedis.key("sha"), limit: 1, windowMilliseconds: 1000)
        let reply = try await redis.evalSHA(script.sha1, keys: [TestRedis.key("sha")], arguments: ["1", "1000"])
        #expect(reply.array?.first == .integer(1))
        redis.shutdown()
    }
}
