@testable import Storefront

/// A valid configuration for tests: cheap bcrypt, a small pool, quiet logs.
enum TestConfiguration {
    static let secret = "test-secret-0123456789-abcdefghijklmnop"

    static func make(database: DatabaseURL? = nil, _ overrides: [ConfigurationKey: String] = [:]) throws
        -> StorefrontConfiguration
    {
        var values: [ConfigurationKey: String] = [
            .jwtSecret: secret, .bcryptCost: "4", .poolMin: "0", .poolMax: "10", .logLevel: "critical", .port: "0",
        ]
        values.merge(overrides) { _, new in new }
        var configuration = try StorefrontConfiguration(values: values)
        if let database { configuration.database = database }
        return configuration
    }
}
