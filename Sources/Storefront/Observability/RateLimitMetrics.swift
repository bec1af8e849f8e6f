import Prometheus
import Synchronization

/// Rate-limit rejections per policy, and how many decisions the in-memory fallback made while Redis was away.
final class RateLimitMetrics: Sendable {
    private static var rejectionsName: MetricNameDescriptor {
        .series("storefront_rate_limit_rejections", unit: "total", help: "Requests refused with 429 RATE_LIMIT_EXCEEDED")
    }

    private let registry: PrometheusCollectorRegistry
    private let rejections = Mutex<[String: Counter]>([:])
    let fallbackDecisions: Counter

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
        fallbackDecisions = registry.makeCounter(
            descriptor: .series(
                "storefront_rate_limit_fallback_decisions", unit: "total",
                help: "Rate-limit decisions made in memory because Redis was unavailable"))
    }

    /// Counts one 429 under `policy`.
    func rejected(policy: String) {
        let counter = rejections.withLock { table in
            if let existing = table[policy] { return existing }
            let created = registry.makeCounter(descriptor: Self.rejectionsName, labels: [("policy", policy)])
            table[policy] = created
            return created
        }
        counter.increment()
    }
}
