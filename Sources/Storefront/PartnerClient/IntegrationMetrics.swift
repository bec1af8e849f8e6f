import Prometheus

/// The outbound-integration series on `/metrics`: breaker state per partner (0 closed, 1 open,
/// 2 half-open), attempts per partner and outcome, and the outbox backlog.
struct IntegrationMetrics: Sendable {
    private let registry: PrometheusCollectorRegistry
    let outboxBacklog: Gauge
    let outboxDeadLetters: Gauge

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        outboxBacklog = registry.makeGauge(
            descriptor: .init(metricName: "storefront_outbox_backlog", unitName: "", helpText: "Outbox messages waiting to be delivered."))
        outboxDeadLetters = registry.makeGauge(
            descriptor: .init(
                metricName: "storefront_outbox_failed", unitName: "", helpText: "Outbox messages a partner refused for good (needs an operator)."))
        for partner in Partner.allCases {
            breakerChanged(partner, to: .closed)
        }
    }

    /// Sets `partner`'s breaker gauge.
    func breakerChanged(_ partner: Partner, to state: CircuitBreaker.State) {
        registry.makeGauge(descriptor: Self.breakerState, labels: [("partner", partner.rawValue)]).set(Int64(state.gaugeValue))
    }

    /// Counts one attempt (or short-circuited call) to `partner`.
    func attempted(_ partner: Partner, _ outcome: PartnerAttemptOutcome) {
        registry.makeCounter(descriptor: Self.calls, labels: [("partner", partner.rawValue), ("outcome", outcome.rawValue)]).increment()
    }

    private static var breakerState: MetricNameDescriptor {
        .init(metricName: "storefront_partner_breaker", unitName: "state", helpText: "Circuit breaker state per partner: 0 closed, 1 open, 2 half-open.")
    }

    private static var calls: MetricNameDescriptor {
        .init(metricName: "storefront_partner_calls", unitName: "total", helpText: "Calls to partners by outcome.")
    }
}
