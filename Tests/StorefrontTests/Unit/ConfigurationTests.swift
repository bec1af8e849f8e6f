import Testing

@testable import Storefront

@Suite struct ConfigurationTests {
    let secret = String(repeating: "s", count: 32)

    @Test func defaultsFollowTheTemplatesPoolSettings() throws {
        let configuration = try StorefrontConfiguration(values: [.jwtSecret: secret])
        #expect(configuration.pool.maximumConnections == 100)
        #expect(configuration.pool.minimumConnections == 10)
        #expect(configuration.pool.idleTimeout == .seconds(30))
        #expect(configuration.pool.connectTimeout == .seconds(5))
        #expect(configuration.port == 8080)
    }

    @Test func refusesToStartWithoutAJWTSecret() {
        #expect(throws: ConfigurationError(problems: [.init(key: .jwtSecret, reason: "is required")])) {
            try StorefrontConfiguration(values: [:])
        }
    }

    @Test func refusesASecretShorterThan32Bytes() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try StorefrontConfiguration(values: [.jwtSecret: String(repeating: "s", count: 31)])
        }
        #expect(error?.problems.map(\.key) == [.jwtSecret])
    }

    @Test func reportsEveryProblemAtOnce() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try StorefrontConfiguration(values: [
                .jwtSecret: secret, .port: "http", .poolIdleTimeout: "soon", .databaseURL: "mysql://x",
                .logLevel: "loud",
            ])
        }
        #expect(Set(error?.problems.map(\.key) ?? []) == [.port, .poolIdleTimeout, .databaseURL, .logLevel])
    }

    @Test func rejectsAPoolMinimumAboveTheMaximum() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try StorefrontConfiguration(values: [.jwtSecret: secret, .poolMax: "5", .poolMin: "6"])
        }
        #expect(error?.problems.map(\.key) == [.poolMin])
    }

    @Test func rejectsABcryptCostOutsideItsRange() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try StorefrontConfiguration(values: [.jwtSecret: secret, .bcryptCost: "3"])
        }
        #expect(error?.problems.map(\.key) == [.bcryptCost])
    }

    @Test func readsOverriddenValues() throws {
        let configuration = try StorefrontConfiguration(values: [
            .jwtSecret: secret, .host: "0.0.0.0", .port: "9000", .jwtExpiry: "15m", .logLevel: "WARN",
        ])
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9000)
        #expect(configuration.jwt.expiry == .seconds(900))
        #expect(configuration.logLevel == .warning)
    }

    @Test func everyKeyExceptTheSecretHasADefault() {
        #expect(ConfigurationKey.allCases.filter { $0.defaultValue == nil } == [.jwtSecret])
    }
}
