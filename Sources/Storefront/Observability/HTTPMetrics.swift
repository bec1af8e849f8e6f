import HTTPTypes
import Prometheus
import Synchronization

/// Request count, errors and latency by method, route template and status class. Series are looked up
/// in a local table first, because the registry's own lookup sorts and compares label arrays per call.
final class HTTPMetrics: Sendable {
    private struct SeriesKey: Hashable {
        var method: String
        var route: String
        var statusClass: String
    }

    private struct Series: Sendable {
        var requests: Counter
        var duration: DurationHistogram
    }

    /// Latency buckets from 1 ms to 10 s: the template's targets (200 ms reads, 500 ms writes, 1 s search)
    /// each fall between two buckets.
    static let buckets: [Duration] = [1, 2.5, 5, 10, 25, 50, 100, 200, 300, 500, 750, 1000, 2500, 5000, 10_000]
        .map { .microseconds(Int64($0 * 1000)) }

    private static var requestsName: MetricNameDescriptor {
        .series("http_requests", unit: "total", help: "Requests answered, by route template and status class")
    }

    private static var durationName: MetricNameDescriptor {
        .series("http_request_duration", unit: "seconds", help: "Time from request head to response head")
    }

    private static var errorsName: MetricNameDescriptor {
        .series("http_request_errors", unit: "total", help: "Requests answered with a status of 400 or above")
    }

    private let registry: PrometheusCollectorRegistry
    private let series = Mutex<[SeriesKey: Series]>([:])
    private let errors = Mutex<[SeriesKey: Counter]>([:])

    init(registry: PrometheusCollectorRegistry) {
        self.registry = registry
    }

    /// Counts one answered request; responses of 400 and above also count as errors.
    func record(method: HTTPRequest.Method, route: String, status: HTTPResponse.Status, duration: Duration) {
        let key = SeriesKey(method: method.rawValue, route: route, statusClass: "\(status.code / 100)xx")
        let found = series.withLock { table in
            if let existing = table[key] { return existing }
            let labels = [("method", key.method), ("route", key.route), ("status", key.statusClass)]
            let created = Series(
                requests: registry.makeCounter(descriptor: Self.requestsName, labels: labels),
                duration: registry.makeDurationHistogram(descriptor: Self.durationName, labels: labels, buckets: Self.buckets)
            )
            table[key] = created
            return created
        }
        found.requests.increment()
        found.duration.record(duration)
        if status.code >= 400 {
            errorCounter(key).increment()
        }
    }

    private func errorCounter(_ key: SeriesKey) -> Counter {
        errors.withLock { table in
            if let existing = table[key] { return existing }
            let created = registry.makeCounter(
                descriptor: Self.errorsName,
                labels: [("method", key.method), ("route", key.route), ("status", key.statusClass)])
            table[key] = created
            return created
        }
    }
}
