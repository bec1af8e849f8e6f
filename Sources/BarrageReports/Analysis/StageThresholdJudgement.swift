import BarrageCore

/// One threshold applied to one stage's numbers instead of the whole run's: the building block of the
/// capacity view, which asks at which load the thresholds stopped holding.
public struct StageThresholdJudgement: Sendable, Equatable {
    /// The threshold applied.
    public var threshold: Threshold
    /// The stage's value of the threshold's aggregation.
    public var observed: Double
    /// Whether the threshold held for the stage.
    public var held: Bool

    /// Judges `threshold` on `stage`; `nil` when the stage cannot yield its aggregation (sub-metrics, totals
    /// such as `count`) or has no data for it. Latency aggregations (any percentile) come from the stage's
    /// own histogram.
    public init?(_ threshold: Threshold, on stage: StageStatistics) {
        guard !threshold.selector.isSubMetric,
            let metric = BuiltinMetric(name: threshold.selector.metric),
            let observed = Self.observe(threshold.expression.aggregation, of: metric, on: stage)
        else { return nil }
        self.threshold = threshold
        self.observed = observed
        self.held = threshold.expression.holds(for: observed)
    }

    private static func observe(
        _ aggregation: ThresholdAggregation,
        of metric: BuiltinMetric,
        on stage: StageStatistics
    ) -> Double? {
        switch (metric, aggregation) {
        case (.httpReqDuration, _):
            guard let latency = stage.latency else { return nil }
            return MetricAggregate.trend(latency).observedValue(of: aggregation, over: .zero)
        case (.achievedRateRatio, .value):
            return stage.achievedRateRatio
        case (.httpReqFailed, .rate):
            return stage.errorRate
        case (.httpReqs, .rate):
            return stage.requestsPerSecond
        case (.iterations, .rate):
            return stage.iterationsPerSecond
        case (.droppedIterations, .rate):
            return stage.droppedIterationsPerSecond
        case (.checks, .rate):
            return stage.checksRate
        default:
            return nil
        }
    }

    /// The judgement as a reader says it: `p95 reached 1.4 s (threshold p(95)<500)`.
    var phrase: String {
        let metric = threshold.selector.metric
        let aggregation = threshold.expression.aggregation
        let value = MetricFormat.observed(observed, of: aggregation, metric: metric)
        return "\(Self.label(of: aggregation, metric: metric)) \(verb) \(value) (threshold \(threshold.source))"
    }

    private var verb: String {
        switch threshold.expression.comparison {
        case .lessThan, .lessThanOrEqual: "reached"
        case .greaterThan, .greaterThanOrEqual: "fell to"
        case .equal, .notEqual: "was"
        }
    }

    private static func label(of aggregation: ThresholdAggregation, metric: String) -> String {
        switch (BuiltinMetric(name: metric), aggregation) {
        case (.httpReqDuration, .percentile(let percentile)): "p\(ValueFormat.trimmed(percentile, digits: 2))"
        case (.httpReqDuration, .med): "median latency"
        case (.httpReqDuration, _): "\(aggregation) latency"
        case (.httpReqFailed, _): "error rate"
        case (.httpReqs, _): "throughput"
        case (.checks, _): "check pass rate"
        case (.achievedRateRatio, _): "achieved/target arrival rate"
        default: "\(metric) \(aggregation)"
        }
    }
}
