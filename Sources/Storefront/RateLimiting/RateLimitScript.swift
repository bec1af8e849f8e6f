/// The Lua scripts that apply rate limits atomically in Redis, shared by every server instance.
public enum RateLimitScript {
    /// `FixedWindowRateLimit` in one atomic step.
    ///
    /// `KEYS[1]`: the client's counter key. `ARGV[1]`: the limit. `ARGV[2]`: the window in milliseconds.
    /// Returns `{allowed (1 or 0), remaining, resetMs}`. The window starts at the client's first request
    /// (the counter's TTL); rejected requests do not count; a counter found without TTL gets one, so a
    /// key can never block a client forever.
    public static let fixedWindow = """
        local key = KEYS[1]
        local limit = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local current = tonumber(redis.call('GET', key) or '0')
        local ttl = redis.call('PTTL', key)
        if current >= limit then
          if ttl < 0 then
            redis.call('PEXPIRE', key, window)
            ttl = window
          end
          return {0, 0, ttl}
        end
        current = redis.call('INCR', key)
        if ttl < 0 then
          redis.call('PEXPIRE', key, window)
          ttl = window
        end
        return {1, limit - current, ttl}
        """
}
