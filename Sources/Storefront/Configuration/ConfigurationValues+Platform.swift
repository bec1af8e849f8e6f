import RedisWire

extension ConfigurationValues {
    /// Reads REDIS_* and checks the URL parses, so a typo is a start-up error naming the variable.
    mutating func redisSettings() -> RedisSettings {
        var settings = RedisSettings()
        let url = string(.redisURL)
        let connectTimeout = positiveDuration(.redisConnectTimeout)
        let commandTimeout = positiveDuration(.redisCommandTimeout)
        do {
            settings.connection = try RedisConfiguration(url: url, connectTimeout: connectTimeout, commandTimeout: commandTimeout)
        } catch {
            fail(.redisURL, "must be redis://[[USER]:PASSWORD@]HOST[:PORT][/DB], got \"\(url)\"")
        }
        settings.maximumConnections = integer(.redisPoolMax, in: 1...1024)
        return settings
    }

    /// Reads CACHE_*.
    mutating func cacheSettings() -> CacheSettings {
        var settings = CacheSettings()
        settings.localTTL = duration(.cacheLocalTTL)
        settings.localMaximumEntries = integer(.cacheLocalMaxEntries, in: 0...10_000_000)
        settings.redisTTL = duration(.cacheRedisTTL)
        settings.generationCheckInterval = positiveDuration(.cacheGenerationCheck)
        settings.keyPrefix = string(.cacheKeyPrefix)
        return settings
    }

    /// Reads RATE_LIMIT_* and TRUSTED_PROXIES.
    mutating func rateLimitSettings() -> RateLimitSettings {
        var settings = RateLimitSettings()
        settings.perMinute = integer(.rateLimitPerMinute, in: 0...10_000_000)
        settings.loginPerMinute = integer(.rateLimitLoginPerMinute, in: 0...10_000_000)
        let proxies = string(.trustedProxies).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for proxy in proxies where !proxy.isEmpty && !ClientAddress.isIPAddress(proxy) {
            fail(.trustedProxies, "must be comma-separated IP addresses, got \"\(proxy)\"")
        }
        settings.trustedProxies = Set(proxies.filter { !$0.isEmpty })
        return settings
    }
}
