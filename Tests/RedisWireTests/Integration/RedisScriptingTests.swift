import RedisWire
import TestSupport
import Testing

@Suite("Lua scripts against redis-server", .enabled(if: !TestRedis.skipped, "REDISWIRE_SKIP_REDIS_TESTS=1"))
struct RedisScriptingTests {
    private let script = RedisScript("return {KEYS[1], ARGV[1] + 1, 'rediswire-scripting-test'}")

    @Test func evalRunsSourceWithKeysAndArguments() async throws {
        let redis = try await TestRedis.connect()
        let reply = try await redis.eval("return {KEYS[1], ARGV[1]}", keys: ["k"], arguments: ["v"])
        #expect(reply == .array([.bulk("k"), .bulk("v")]))
        await redis.close()
    }

    @Test func evalSHAOfAnUnknownScriptThrowsNoScript() async throws {
        let redis = try await TestRedis.connect()
        await #expect {
            try await redis.evalSHA(String(repeating: "0", count: 40))
        } throws: { error in
            (error as? RedisError)?.serverErrorCode == "NOSCRIPT"
        }
        await redis.close()
    }

    @Test func runFallsBackToEvalWhenTheServerForgotTheScriptAndThenKnowsIt() async throws {
        let redis = try await TestRedis.connect()
        _ = try await redis.send(command: ["SCRIPT", "FLUSH"])
        let reply = try await redis.run(script, keys: ["key"], arguments: ["41"])
        #expect(reply == .array([.bulk("key"), .integer(42), .bulk("rediswire-scripting-test")]))
        let known = try await redis.send(command: ["SCRIPT", "EXISTS", .string(script.sha1)])
        #expect(known == .array([.integer(1)]), "EVAL must have cached the script under the locally computed SHA-1")
        #expect(try await redis.evalSHA(script.sha1, keys: ["key"], arguments: ["1"]).array?[1] == .integer(2))
        await redis.close()
    }
}
