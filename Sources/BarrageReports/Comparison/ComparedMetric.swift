import BarrageCore

/// The key figures `barrage compare` puts side by side, each knowing which direction is worse: latency and
/// errors going up, throughput and check pass rate going down.
public enum ComparedMetric: String, Sendable, CaseIterable {
    case durationAvg = "http_req_duration avg"
    case durationP50 = "http_req_duration p(50)"
    case durationP95 = "http_req_duration p(95)"
    case durationP99 = "http_req_duration p(99)"
    case durationMax = "http_req_duration max"
    case requestRate = "http_reqs rate"
    case failureRate = "http_req_failed rate"
    case iterationDurationP95 = "iteration_duration p(95)"
    case checksRate = "checks rate"

    /// Whether a larger value is an improvement.
    public var higherIsBetter: Bool {
        switch self {
        case .requestRate, .checksRate: true
        case .durationAvg, .durationP50, .durationP95, .durationP99, .durationMax, .failureRate, .iterationDurationP95: false
        }
    }

    /// The smallest absolute change that can count as a regression, so a failure rate moving from 0 % to
    /// 0.01 % or a latency moving by a fraction of a millisecond does not fail CI as an "infinite" change:
    /// the margin a candidate must exceed is the larger of this and the tolerance.
    public var noiseFloor: Double {
        switch self {
        case .durationAvg, .durationP50, .durationP95, .durationP99, .durationMax, .iterationDurationP95: 1
        case .requestRate: 0.5
        case .failureRate, .checksRate: 0.001
        }
    }

    /// Whether the metric can fail a comparison. `max` is one sample, the slowest of the run, so it moves
    /// with any hiccup of a busy machine; iteration duration has no per-second series to test. Both are
    /// shown, never gated.
    public var isGated: Bool {
        switch self {
        case .durationMax, .iterationDurationP95: false
        default: true
        }
    }

    /// Why a metric is shown but not gated.
    var notGatedReason: String {
        self == .durationMax ? "shown only: a single-sample extreme" : "shown only: no per-second series to test"
    }

    /// The metric's value in each second of `summary`'s series that has data for it, keyed by second: the
    /// sample the statistical test pairs with the other run's. Seconds without requests (or checks) have no
    /// value rather than zero.
    func perSecondValues(in summary: RunSummary) -> [Int: Double] {
        var values: [Int: Double] = [:]
        for point in summary.metrics.series {
            let checks = point.checksPassed + point.checksFailed
            let value: Double? =
                switch self {
                case .durationAvg: point.latency?.avg
                case .durationP50: point.latency?.p50
                case .durationP95: point.latency?.p95
                case .durationP99: point.latency?.p99
                case .durationMax: point.latency?.max
                case .requestRate: Double(point.requests)
                case .failureRate: point.requests > 0 ? Double(point.failures) / Double(point.requests) : nil
                case .checksRate: checks > 0 ? Double(point.checksPassed) / Double(checks) : nil
                case .iterationDurationP95: nil
                }
            values[point.second] = value
        }
        return values
    }

    /// The figure in `summary`; `nil` when its metric has no samples.
    func value(in summary: RunSummary) -> Double? {
        let figures = KeyFigures(summary.metrics)
        switch self {
        case .durationAvg: return figures.duration?.average
        case .durationP50: return figures.duration?.percentile(50)
        case .durationP95: return figures.duration?.percentile(95)
        case .durationP99: return figures.duration?.percentile(99)
        case .durationMax: return figures.duration?.max
        case .requestRate: return figures.requestsPerSecond
        case .failureRate: return figures.failureRate
        case .iterationDurationP95: return figures.iterationDuration?.percentile(95)
        case .checksRate: return figures.checksRate
        }
    }

    /// The value in the metric's unit: `212 ms`, `1,234/s`, `2.50%`.
    func format(_ value: Double) -> String {
        switch self {
        case .durationAvg, .durationP50, .durationP95, .durationP99, .durationMax, .iterationDurationP95:
            ValueFormat.milliseconds(value)
        case .requestRate:
            ValueFormat.number(value) + "/s"
        case .failureRate, .checksRate:
            ValueFormat.percent(value)
        }
    }
}
