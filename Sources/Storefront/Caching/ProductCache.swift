import Foundation
import Logging
import NIOCore
import RedisWire
import Synchronization

/// Cache-aside for catalogue reads in two layers: in-process (short-lived, bounded) over Redis (shared
/// by every instance), over PostgreSQL. Values are the JSON response bodies without stock
/// (`CatalogTemplate`); a hit is served by putting the `StockBook`'s current figures into it, without
/// decoding or encoding anything.
///
/// What invalidates what: a product's create, update or delete retires its own entry and, through the
/// catalogue generation, every listing. An order or a cancellation changes only stock, so it retires
/// nothing, not even when a product sells out: the figures it wrote go to the `StockBook`, and the only
/// listings whose membership depends on stock (`in_stock=true`) are never cached (`isCacheable`).
///
/// Every layer is optional at run time: when Redis is unreachable the generation cannot be confirmed,
/// both layers are skipped and reads go to PostgreSQL after at most one short Redis timeout (then none,
/// while the breaker is open); caching resumes by itself once a generation read succeeds again.
final class ProductCache: Sendable {
    private struct State: Sendable {
        var generation: CatalogGeneration
        var local: LocalCacheStorage<CatalogTemplate>
        var refreshing = false
        /// Products changed while Redis was unreachable, invalidated there as soon as it answers again.
        var pendingInvalidation: Set<UUID> = []
        var invalidationPending = false
    }

    private let redis: RedisGuard
    /// Current stock for rendering cached bodies. Every stock figure this instance writes or reads (an
    /// order, a cancellation, an admin's edit, a catalogue load) is recorded here; no cached body changes.
    let stock: StockBook
    private let settings: CacheSettings
    private let metrics: CacheMetrics
    private let logger: Logger
    private let now: @Sendable () -> ContinuousClock.Instant
    private let state: Mutex<State>
    private let loads: LoadCoalescer<CatalogTemplate?>

    init(
        redis: RedisGuard, stock: StockBook, settings: CacheSettings, metrics: CacheMetrics, logger: Logger,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.redis = redis
        self.stock = stock
        self.settings = settings
        self.metrics = metrics
        self.logger = logger
        self.now = now
        loads = LoadCoalescer(onJoin: { metrics.coalesced.increment() })
        state = Mutex(
            State(
                generation: CatalogGeneration(checkInterval: settings.generationCheckInterval),
                local: LocalCacheStorage(capacity: settings.localMaximumEntries, timeToLive: settings.localTTL)
            ))
    }

    /// The body for `entry` with current stock: from a cached template, or from `load()`'s (stored in both
    /// layers); `load` returning nil (not found) is passed through and not cached. `load` records the stock
    /// figures it read in `stock`, so rendering a fresh body costs no second query.
    ///
    /// A cached body naming a product PostgreSQL has no stock row for cannot be current (Redis outlived a
    /// database, say): it is read again from PostgreSQL and replaces the cached one.
    func body(for entry: ProductCacheKey, load: @escaping @Sendable () async throws -> CatalogTemplate?) async throws -> ByteBuffer? {
        guard let template = try await template(for: entry, load: load) else { return nil }
        do {
            return template.render(stock: try await stock.stock(of: template.productIDs))
        } catch let unavailable as StockBook.Unavailable where unavailable.cause is StockBook.StockRowMissing {
            logger.warning("A cached catalogue body shows products without stock rows; reading it again", metadata: ["key": "\(entry)"])
            guard let fresh = try await self.template(for: entry, refresh: true, load: load) else { return nil }
            return fresh.render(stock: try await stock.stock(of: fresh.productIDs))
        }
    }

    /// The cached template, or `load()`'s stored in both layers; `refresh` skips the lookups.
    private func template(
        for entry: ProductCacheKey, refresh: Bool = false, load: @escaping @Sendable () async throws -> CatalogTemplate?
    ) async throws -> CatalogTemplate? {
        guard entry.isCacheable else { return try await load() }
        guard let generation = await generation() else {
            metrics.bypassed.increment()
            return try await load()
        }
        let key = entry.key(generation: generation, prefix: settings.keyPrefix)
        if !refresh {
            if let hit = state.withLock({ $0.local.value(for: key, generation: generation, now: now()) }) {
                metrics.localHits.increment()
                return hit
            }
            metrics.localMisses.increment()
            if settings.redisTTL > .zero, let found = await redis.call("cache get", { pool throws(RedisError) in try await pool.get(key) }),
                let stored = found, let hit = CatalogTemplate(serialized: stored)
            {
                metrics.redisHits.increment()
                storeLocally(hit, key: key, generation: generation)
                return hit
            }
            metrics.redisMisses.increment()
        }
        return try await loads.value(for: key) { [self] in
            guard let loaded = try await load() else { return nil }
            if settings.redisTTL > .zero {
                await fill(key, with: loaded.serialized, generation: generation)
            }
            storeLocally(loaded, key: key, generation: generation)
            return loaded
        }
    }

    /// Retires cached values of `productIDs` (and every list and search page): locally at once,
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

    private func storeLocally(_ body: CatalogTemplate, key: String, generation: Int64) {
        state.withLock { $0.local.insert(body, for: key, generation: generation, now: now()) }
    }
}
