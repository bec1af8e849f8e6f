import Prometheus

extension MetricNameDescriptor {
    /// A descriptor from a full series stem and its unit (`""` for none), so call sites read like the
    /// exposed name: `.series("http_requests", unit: "total", help: …)` → `http_requests_total`.
    static func series(_ name: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(metricName: name, unitName: unit, helpText: help)
    }
}
