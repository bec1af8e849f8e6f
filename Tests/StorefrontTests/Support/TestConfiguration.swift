import Foundation

@testable import Storefront

/// A valid configuration for tests: cheap bcrypt, a small pool, quiet logs, the test Redis with cache keys
/// private to the test's database and timeouts generous enough for a busy machine (the outage test sets
/// short ones), and rate limiting off (the rate-limit tests turn it on for their own clients, so parallel
/// tests never share a quota).
enum TestConfiguration {
    static let secret = "test-secret-0123456789-abcdefghijklmnop"

    static func make(database: DatabaseURL? = nil, _ overrides: [ConfigurationKey: String] = [:]) throws
        -> StorefrontConfiguration
    {
        var values: [ConfigurationKey: String] = [
            .jwtSecret: secret, .bcryptCost: "4", .poolMin: "0", .poolMax: "10", .logLevel: "critical", .port: "0",
            .rateLimitPerMinute: "0", .redisCommandTimeout: "2s", .redisConnectTimeout: "1s",
            // A port nothing listens on: a partner simulator running on the default port (the main
            // command's) must not pay the orders of tests that expect them to stay pending.
            .partnersURL: "http://127.0.0.1:9",
        ]
        if let redis = ProcessInfo.processInfo.environment["REDISWIRE_TEST_URL"], !redis.isEmpty {
            values[.redisURL] = redis
        }
        values.merge(overrides) { _, new in new }
        var configuration = try StorefrontConfiguration(values: values)
        if let database {
            configuration.database = database
            configuration.cache.keyPrefix = "\(database.database):"
        }
        return configuration
    }
}
