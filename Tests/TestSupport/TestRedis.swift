import Foundation
import RedisWire

/// Where the Redis-backed tests of every target find redis-server (`REDISWIRE_TEST_URL`, which the test
/// command sets), and keys that cannot collide between tests.
public enum TestRedis {
    /// `REDISWIRE_SKIP_REDIS_TESTS=1` turns the Redis-backed suites off (and only that does).
    public static let skipped = ProcessInfo.processInfo.environment["REDISWIRE_SKIP_REDIS_TESTS"] == "1"

    /// `REDISWIRE_TEST_URL`; throws a message saying how to set it when it is missing.
    public static func url() throws(MissingTestRedis) -> String {
        guard let url = ProcessInfo.processInfo.environment["REDISWIRE_TEST_URL"], !url.isEmpty else {
            throw MissingTestRedis()
        }
        return url
    }

    /// The test server's configuration.
    public static func configuration(commandTimeout: Duration? = .seconds(5)) throws -> RedisConfiguration {
        try RedisConfiguration(url: url(), commandTimeout: commandTimeout)
    }

    /// Opens a connection to the test server.
    public static func connect(commandTimeout: Duration? = .seconds(5)) async throws -> RedisConnection {
        try await RedisConnection.connect(configuration: configuration(commandTimeout: commandTimeout))
    }

    /// A pool on the test server, with a generous lease timeout: these suites share a 2-core machine with
    /// the rest of the tests.
    public static func pool(leaseTimeout: Duration = .seconds(5)) throws -> RedisConnectionPool {
        RedisConnectionPool(
            configuration: try configuration(),
            poolConfiguration: RedisPoolConfiguration(leaseTimeout: leaseTimeout)
        )
    }

    /// A key unique to one test run, so parallel tests never share state.
    public static func key(_ name: String) -> String {
        "test:\(name):\(UInt64.random(in: 0...UInt64.max))"
    }
}

/// Thrown when the Redis-backed tests run without a server to talk to.
public struct MissingTestRedis: Error, CustomStringConvertible {
    /// How to fix it.
    public var description: String {
        "REDISWIRE_TEST_URL is not set: run `export REDISWIRE_TEST_URL=$(scripts/redis.sh start)`, "
            + "or set REDISWIRE_SKIP_REDIS_TESTS=1 to skip the tests that need redis-server"
    }
}
