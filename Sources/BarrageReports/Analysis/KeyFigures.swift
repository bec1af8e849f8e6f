import BarrageCore

/// The handful of numbers everyone asks about first (requests, throughput, failures, latency, checks),
/// read once from a snapshot so the Markdown summary, the terminal summary and the comparison agree.
struct KeyFigures: Sendable {
    /// `http_reqs` sum.
    var requests: Double?
    /// `http_reqs` per second over the run.
    var requestsPerSecond: Double?
    /// `http_req_failed` rate.
    var failureRate: Double?
    /// `http_req_duration`.
    var duration: TrendAggregate?
    /// `iteration_duration`.
    var iterationDuration: TrendAggregate?
    /// `iterations` sum.
    var iterations: Double?
    /// `checks` rate.
    var checksRate: Double?
    /// Highest `vus` seen.
    var maxVUs: Double?

    /// Reads the figures from `snapshot`; each is `nil` when its metric has no samples.
    init(_ snapshot: MetricsSnapshot) {
        if case .counter(let counter)? = snapshot.metrics[BuiltinMetric.httpReqs.name] {
            requests = counter.sum
            requestsPerSecond = counter.ratePerSecond(over: snapshot.elapsed)
        }
        if case .rate(let rate)? = snapshot.metrics[BuiltinMetric.httpReqFailed.name] {
            failureRate = rate.rate
        }
        if case .trend(let trend)? = snapshot.metrics[BuiltinMetric.httpReqDuration.name], trend.sampleCount > 0 {
            duration = trend
        }
        if case .trend(let trend)? = snapshot.metrics[BuiltinMetric.iterationDuration.name], trend.sampleCount > 0 {
            iterationDuration = trend
        }
        if case .counter(let counter)? = snapshot.metrics[BuiltinMetric.iterations.name] {
            iterations = counter.sum
        }
        if case .rate(let rate)? = snapshot.metrics[BuiltinMetric.checks.name] {
            checksRate = rate.rate
        }
        if case .gauge(let gauge)? = snapshot.metrics[BuiltinMetric.vus.name], gauge.sampleCount > 0 {
            maxVUs = gauge.max
        }
    }
}
