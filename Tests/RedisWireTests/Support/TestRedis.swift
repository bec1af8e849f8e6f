import Foundation
import RedisWire

/// Where the integration tests find redis-server, and keys that cannot collide between tests.
enum TestRedis {
    /// `REDISWIRE_SKIP_REDIS_TESTS=1` turns the integration suites off (and only that does).
    static let skipped = ProcessInfo.processInfo.environment["REDISWIRE_SKIP_REDIS_TESTS"] == "1"

    /// The server from `REDISWIRE_TEST_URL`; throws a message saying how to set it when it is missing.
    static func configuration(commandTimeout: Duration? = .seconds(5)) throws -> RedisConfiguration {
        guard let url = ProcessInfo.processInfo.environment["REDISWIRE_TEST_URL"], !url.isEmpty else {
            throw MissingTestRedis()
        }
        return try RedisConfiguration(url: url, commandTimeout: commandTimeout)
    }

    /// Opens a connection to the test server.
    static func connect(commandTimeout: Duration? = .seconds(5)) async throws -> RedisConnection {
        try await RedisConnection.connect(configuration: configuration(commandTimeout: commandTimeout))
    }

    /// A key unique to one test run, so parallel tests never share state.
    static func key(_ name: String) -> String {
        "rediswire-test:\(name):\(UInt64.random(in: 0...UInt64.max))"
    }
}

/// Thrown when the integration tests run without a server to talk to.
struct MissingTestRedis: Error, CustomStringConvertible {
    var description: String {
        "REDISWIRE_TEST_URL is not set: run `export REDISWIRE_TEST_URL=$(scripts/redis.sh start)`, "
            + "or set REDISWIRE_SKIP_REDIS_TESTS=1 to skip the tests that need redis-server"
    }
}
