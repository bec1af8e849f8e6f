import Foundation
import Logging
import NIOCore
import RedisWire
import Synchronization

/// Cache-aside for catalogue reads in two layers: in-process (short-lived, bounded) over Redis (shared
/// by every instance), over PostgreSQL. Values are the JSON response bodies, so a hit is served without
/// decoding or encoding.
///
/// Every layer is optional at run time: when Redis is unreachable the generation cannot be confirmed,
/// both layers are skipped and reads go to PostgreSQL after at most one short Redis timeout (then none,
/// while the breaker is open); caching resumes by itself once a generation read succeeds again.
final class ProductCache: Sendable {
    private struct State: Sendable {
        var generation: CatalogGeneration
        var local: LocalCacheStorage<ByteBuffer>
        var refreshing = false
        /// Products changed while Redis was unreachable, invalidated there as soon as it answers again.
        var pendingInvalidation: Set<UUID> = []
        var invalidationPending = false
    }

    private let redis: RedisGuard
    private let settings: CacheSettings
    private let metrics: CacheMetrics
    private let logger: Logger
    private let now: @Sendable () -> ContinuousClock.Instant
    private let state: Mutex<State>

    init(
        redis: RedisGuard, settings: CacheSettings, metrics: CacheMetrics, logger: Logger,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.redis = redis
        self.settings = settings
        self.metrics = metrics
        self.logger = logger
        self.now = now
        state = Mutex(
            State(
                generation: CatalogGeneration(checkInterval: settings.generationCheckInterval),
                local: LocalCacheStorage(capacity: settings.localMaximumEntries, timeToLive: settings.localTTL)
            ))
    }

    /// The cached body for `entry`, or `load()`'s result (stored in both layers); `load` returning nil
    /// (not found) is passed through and not cached.
    func body(for entry: ProductCacheKey, load: () async throws -> ByteBuffer?) async throws -> ByteBuffer? {
        guard let generation = await generation() else {
            metrics.bypassed.increment()
            return try await load()
        }
        let key = entry.key(generation: generation, prefix: settings.keyPrefix)
        if let hit = state.withLock({ $0.local.value(for: key, generation: generation, now: now()) }) {
            metrics.localHits.increment()
            return hit
        }
        metrics.localMisses.increment()
        if settings.redisTTL > .zero, let found = await redis.call("cache get", { pool throws(RedisError) in try await pool.get(key) }),
            let hit = found
        {
            metrics.redisHits.increment()
            storeLocally(hit, key: key, generation: generation)
            return hit
        }
        metrics.redisMisses.increment()
        guard let loaded = try await load() else { return nil }
        if settings.redisTTL > .zero {
            await fill(key, with: loaded, generation: generation)
        }
        storeLocally(loaded, key: key, generation: generation)
        return loaded
    }

    /// Retires cached values showing `productIDs` (and every list and search page): locally at once,
    /// in Redis with one script call. If Redis cannot be told, the in-process layer stays off and the
    /// invalidation is sent as soon as Redis answers again.
    func invalidate(productIDs: [UUID]) async {
        metrics.invalidations.increment()
        state.withLock {
            $0.local.removeAll()
            $0.generation.invalidate()
            $0.pendingInvalidation.formUnion(productIDs)
            $0.invalidationPending = true
        }
        _ = await publishPendingInvalidation()
    }

    /// The generation to cache under, refreshed from Redis when due; nil when it cannot be trusted.
    private func generation() async -> Int64? {
        let (usable, shouldRefresh) = state.withLock { state -> (Int64?, Bool) in
            let instant = now()
            let due = state.generation.needsRefresh(now: instant) && !state.refreshing
            if due { state.refreshing = true }
            return (state.generation.usable(now: instant), due)
        }
        guard shouldRefresh else { return usable }
        defer { state.withLock { $0.refreshing = false } }
        if state.withLock({ $0.invalidationPending }) {
            return await publishPendingInvalidation()
        }
        let read = await redis.call("cache generation") { pool throws(RedisError) in
            try await pool.getString(ProductCacheKey.generationKey(prefix: settings.keyPrefix))
        }
        guard let read else { return usable }
        let value = read.flatMap { Int64($0) } ?? 0
        confirm(value)
        return value
    }

    private func publishPendingInvalidation() async -> Int64? {
        let ids = state.withLock { $0.pendingInvalidation }
        let prefix = settings.keyPrefix
        let keys = [ProductCacheKey.generationKey(prefix: prefix)] + ids.map { ProductCacheKey.product($0).key(generation: 0, prefix: prefix) }
        let reply = await redis.call("cache invalidate") { pool throws(RedisError) in
            try await pool.run(CacheScripts.invalidate, keys: keys)
        }
        guard let generation = reply?.int else { return nil }
        state.withLock {
            $0.pendingInvalidation.subtract(ids)
            $0.invalidationPending = !$0.pendingInvalidation.isEmpty
        }
        confirm(generation)
        return generation
    }

    private func confirm(_ generation: Int64) {
        state.withLock { state in
            if state.generation.confirm(generation, now: now()) {
                state.local.removeAll()
            }
        }
    }

    private func fill(_ key: String, with body: ByteBuffer, generation: Int64) async {
        let ttl = RedisArgument(Int64(settings.redisTTL / .milliseconds(1)))
        _ = await redis.call("cache fill") { pool throws(RedisError) in
            try await pool.run(
                CacheScripts.fillIfCurrent, keys: [key, ProductCacheKey.generationKey(prefix: settings.keyPrefix)],
                arguments: [.bytes(body), ttl, RedisArgument(generation)])
        }
    }

    private func storeLocally(_ body: ByteBuffer, key: String, generation: Int64) {
        state.withLock { $0.local.insert(body, for: key, generation: generation, now: now()) }
    }
}
