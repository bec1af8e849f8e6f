import RedisWire

/// The Lua scripts that keep the Redis layer consistent with PostgreSQL under concurrent writers.
enum CacheScripts {
    /// Stores a value read from PostgreSQL only if the catalogue generation is still the one the reader
    /// saw before reading, so a read that raced a write can never put the old row back after the
    /// writer's invalidation. `KEYS`: entry, generation. `ARGV`: value, TTL in ms, expected generation.
    static let fillIfCurrent = RedisScript(
        """
        local current = tonumber(redis.call('GET', KEYS[2]) or '0')
        if current ~= tonumber(ARGV[3]) then return 0 end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
        """
    )

    /// One invalidation in one round trip: increments the generation (retiring every list and search
    /// entry) and deletes the changed products' entries. `KEYS`: generation, then product keys.
    /// Returns the new generation.
    static let invalidate = RedisScript(
        """
        local generation = redis.call('INCR', KEYS[1])
        for index = 2, #KEYS do redis.call('DEL', KEYS[index]) end
        return generation
        """
    )
}
