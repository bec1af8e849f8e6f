import Prometheus

/// Redis availability as the server experiences it: failed calls, calls skipped by the open breaker,
/// and the breaker's state (0 closed, 1 open, 2 half-open).
struct RedisMetrics: Sendable {
    let failures: Counter
    let skipped: Counter
    let breakerState: Gauge

    init(registry: PrometheusCollectorRegistry) {
        failures = registry.makeCounter(
            descriptor: .series("storefront_redis_failures", unit: "total", help: "Redis calls that failed or timed out"))
        skipped = registry.makeCounter(
            descriptor: .series(
                "storefront_redis_skipped", unit: "total", help: "Redis calls skipped because the circuit breaker was open"))
        breakerState = registry.makeGauge(
            descriptor: .series(
                "storefront_redis_breaker_state", unit: "", help: "Redis circuit breaker: 0 closed, 1 open, 2 half-open"))
    }
}
