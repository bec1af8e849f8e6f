import Prometheus

/// The outbox's own series on `/metrics`, beside the backlog and failed gauges in `IntegrationMetrics`:
/// how old the oldest waiting message is (a backlog that keeps its size but grows old is stuck), and how
/// many lease and record statements the dispatcher ran, so a dashboard shows messages per statement.
struct OutboxMetrics: Sendable {
    let oldestPendingAge: Gauge
    let leases: Counter
    let records: Counter
    let delivered: Counter

    init(registry: PrometheusCollectorRegistry) {
        oldestPendingAge = registry.makeGauge(
            descriptor: .series("storefront_outbox_oldest_pending", unit: "seconds", help: "Age of the oldest outbox message waiting to be delivered"))
        leases = registry.makeCounter(
            descriptor: .series("storefront_outbox_lease_statements", unit: "total", help: "Statements that leased a batch of due outbox messages"))
        records = registry.makeCounter(
            descriptor: .series("storefront_outbox_record_statements", unit: "total", help: "Statements that recorded a batch of delivery results"))
        delivered = registry.makeCounter(
            descriptor: .series("storefront_outbox_results", unit: "total", help: "Outbox delivery results recorded (sent, skipped, failed or retried)"))
    }
}
