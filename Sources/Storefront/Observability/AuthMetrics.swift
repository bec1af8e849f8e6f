import Prometheus

/// Bearer tokens checked, by result. Every check is one JWT parse and signature verification, so the
/// total equals the requests that carried a token: the authenticator checks each request once.
struct AuthMetrics: Sendable {
    let verified: Counter
    let refused: Counter

    init(registry: PrometheusCollectorRegistry) {
        let checks = MetricNameDescriptor.series(
            "storefront_auth_token_checks", unit: "total", help: "Bearer tokens verified or refused")
        verified = registry.makeCounter(descriptor: checks, labels: [("result", "verified")])
        refused = registry.makeCounter(descriptor: checks, labels: [("result", "refused")])
    }
}
