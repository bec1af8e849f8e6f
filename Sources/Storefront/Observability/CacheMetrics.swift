import Prometheus

/// Hits and misses per cache layer, so a dashboard shows how much load each layer keeps off PostgreSQL,
/// and reads that bypassed both layers because Redis could not confirm the catalogue generation.
struct CacheMetrics: Sendable {
    let localHits: Counter
    let localMisses: Counter
    let redisHits: Counter
    let redisMisses: Counter
    let invalidations: Counter
    let bypassed: Counter
    let coalesced: Counter

    init(registry: PrometheusCollectorRegistry) {
        let lookups = MetricNameDescriptor.series(
            "storefront_cache_requests", unit: "total", help: "Cache lookups by layer and result")
        localHits = registry.makeCounter(descriptor: lookups, labels: [("layer", "local"), ("result", "hit")])
        localMisses = registry.makeCounter(descriptor: lookups, labels: [("layer", "local"), ("result", "miss")])
        redisHits = registry.makeCounter(descriptor: lookups, labels: [("layer", "redis"), ("result", "hit")])
        redisMisses = registry.makeCounter(descriptor: lookups, labels: [("layer", "redis"), ("result", "miss")])
        invalidations = registry.makeCounter(
            descriptor: .series(
                "storefront_cache_invalidations", unit: "total", help: "Catalogue changes that invalidated cached products"))
        bypassed = registry.makeCounter(
            descriptor: .series(
                "storefront_cache_bypassed", unit: "total", help: "Reads sent to PostgreSQL because Redis was unavailable"))
        coalesced = registry.makeCounter(
            descriptor: .series(
                "storefront_cache_coalesced_loads", unit: "total",
                help: "Cache misses that waited for the same key's load already in flight instead of querying PostgreSQL"))
    }
}
