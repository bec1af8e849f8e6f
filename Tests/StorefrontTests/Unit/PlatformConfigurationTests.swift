import Testing

@testable import Storefront

@Suite struct PlatformConfigurationTests {
    let secret = String(repeating: "s", count: 32)

    @Test func defaultsFollowTheTemplate() throws {
        let configuration = try StorefrontConfiguration(values: [.jwtSecret: secret])
        #expect(configuration.redis.connection.port == 56379)
        #expect(configuration.redis.connection.commandTimeout == .milliseconds(150))
        #expect(configuration.cache.localTTL == .seconds(300))
        #expect(configuration.cache.redisTTL == .seconds(3600))
        #expect(configuration.rateLimit.perMinute == 100)
        #expect(configuration.rateLimit.loginPerMinute == 10)
        #expect(configuration.rateLimit.trustedProxies.isEmpty)
    }

    @Test func readsRedisURLCredentialsAndDatabase() throws {
        let configuration = try StorefrontConfiguration(values: [.jwtSecret: secret, .redisURL: "redis://:pw@10.0.0.5:6380/2"])
        #expect(configuration.redis.connection.host == "10.0.0.5")
        #expect(configuration.redis.connection.port == 6380)
        #expect(configuration.redis.connection.password == "pw")
        #expect(configuration.redis.connection.database == 2)
    }

    @Test func reportsEveryPlatformProblemAtOnce() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try StorefrontConfiguration(values: [
                .jwtSecret: secret, .redisURL: "http://redis", .redisCommandTimeout: "0s", .rateLimitPerMinute: "-1",
                .trustedProxies: "10.0.0.1, proxy.local", .cacheLocalTTL: "soon",
            ])
        }
        #expect(
            Set(error?.problems.map(\.key) ?? [])
                == [.redisURL, .redisCommandTimeout, .rateLimitPerMinute, .trustedProxies, .cacheLocalTTL])
    }

    @Test func trustedProxiesAreParsedFromACommaSeparatedList() throws {
        let configuration = try StorefrontConfiguration(values: [.jwtSecret: secret, .trustedProxies: "10.0.0.1, ::1"])
        #expect(configuration.rateLimit.trustedProxies == ["10.0.0.1", "::1"])
    }
}
