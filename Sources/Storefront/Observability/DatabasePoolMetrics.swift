import Prometheus

/// The PostgreSQL pool as PostgreSQL sees it: this instance's connections in use and idle, and the limit.
///
/// PostgresClient exposes no pool statistics, so `DatabasePoolSampler` counts this instance's sessions in
/// `pg_stat_activity` (tagged with a per-instance `application_name`) at each scrape. Requests waiting
/// for a connection are not visible that way and are not exported.
struct DatabasePoolMetrics: Sendable {
    let inUse: Gauge
    let idle: Gauge
    let maximum: Gauge

    init(registry: PrometheusCollectorRegistry) {
        let connections = MetricNameDescriptor.series(
            "storefront_db_pool_connections", unit: "", help: "This instance's PostgreSQL connections by state")
        inUse = registry.makeGauge(descriptor: connections, labels: [("state", "in_use")])
        idle = registry.makeGauge(descriptor: connections, labels: [("state", "idle")])
        maximum = registry.makeGauge(
            descriptor: .series("storefront_db_pool_max_connections", unit: "", help: "The pool's upper bound (DB_POOL_MAX)"))
    }
}
