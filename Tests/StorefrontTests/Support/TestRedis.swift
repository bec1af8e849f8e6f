import Foundation
import RedisWire

/// Where the Redis-backed tests find redis-server (the same variables as RedisWire's tests).
enum TestRedis {
    /// `REDISWIRE_SKIP_REDIS_TESTS=1` turns the Redis-backed suites off (and only that does).
    static let skipped = ProcessInfo.processInfo.environment["REDISWIRE_SKIP_REDIS_TESTS"] == "1"

    /// A pool on the server from `REDISWIRE_TEST_URL`; throws a message saying how to set it when it is missing.
    static func pool() throws -> RedisConnectionPool {
        guard let url = ProcessInfo.processInfo.environment["REDISWIRE_TEST_URL"], !url.isEmpty else {
            throw MissingTestRedis()
        }
        // Generous lease timeout: these suites share a 2-core machine with the rest of the tests.
        return RedisConnectionPool(
            configuration: try RedisConfiguration(url: url, commandTimeout: .seconds(5)),
            poolConfiguration: RedisPoolConfiguration(leaseTimeout: .seconds(5))
        )
    }

    /// A key unique to one test run, so parallel tests never share state.
    static func key(_ name: String) -> String {
        "resilience-test:\(name):\(UInt64.random(in: 0...UInt64.max))"
    }
}

/// Thrown when the Redis-backed tests run without a server to talk to.
struct MissingTestRedis: Error, CustomStringConvertible {
    var description: String {
        "REDISWIRE_TEST_URL is not set: run `export REDISWIRE_TEST_URL=$(scripts/redis.sh start)`, "
            + "or set REDISWIRE_SKIP_REDIS_TESTS=1 to skip the tests that need redis-server"
    }
}
