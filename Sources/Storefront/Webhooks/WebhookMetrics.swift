import Prometheus

/// The webhook series on `/metrics`: how many events wait, how old the oldest is, and how long events
/// waited between acknowledgement and processing.
struct WebhookMetrics: Sendable {
    let queueDepth: Gauge
    let oldestPendingAge: Gauge
    let processingLag: DurationHistogram
    let processed: Counter
    let rejected: Counter

    init(registry: PrometheusCollectorRegistry) {
        queueDepth = registry.makeGauge(
            descriptor: .init(metricName: "storefront_webhook_queue", unitName: "depth", helpText: "Stored webhook events not processed yet."))
        oldestPendingAge = registry.makeGauge(
            descriptor: .init(
                metricName: "storefront_webhook_oldest_pending", unitName: "seconds", helpText: "Age of the oldest unprocessed webhook event."))
        processingLag = registry.makeDurationHistogram(
            descriptor: .init(
                metricName: "storefront_webhook_processing_lag", unitName: "seconds",
                helpText: "Time from receiving a webhook event to processing it."),
            buckets: [.milliseconds(10), .milliseconds(50), .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5), .seconds(30), .seconds(300)]
        )
        processed = registry.makeCounter(
            descriptor: .init(metricName: "storefront_webhook_events_processed", unitName: "total", helpText: "Webhook events processed."))
        rejected = registry.makeCounter(
            descriptor: .init(
                metricName: "storefront_webhook_rejections", unitName: "total",
                helpText: "Webhook deliveries refused (signature, timestamp or rate limit)."))
    }
}
