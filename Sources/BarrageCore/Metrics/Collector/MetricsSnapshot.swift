/// Everything the collector knows at one moment, as a plain value: what progress lines, threshold
/// evaluation and reports read. Taking one is cheap (histograms are shared copy-on-write), so the runner
/// can take one every second.
public struct MetricsSnapshot: Sendable, Equatable {
    /// Time since the collector started.
    public var elapsed: Duration
    /// Every built-in metric that has at least one sample, by k6 name.
    public var metrics: [String: MetricAggregate]
    /// Every tracked sub-metric (selector with tag filters), including those without samples yet.
    public var subMetrics: [MetricSelector: MetricAggregate]
    /// Per-request-name rows, in the order the names were first seen.
    public var requestNames: [RequestNameBreakdown]
    /// Closed seconds since the start, one point per second without gaps.
    public var series: [TimeSeriesPoint]
    /// Whether the run outlasted ``MetricsLimits/seriesSeconds`` and later seconds are missing from ``series``.
    public var isSeriesTruncated: Bool
    /// One tally per stage window the collector tracked (``MetricsCollector/trackStages(_:)``), in the
    /// windows' order; empty when no stages were tracked or in summaries written before stages were tallied.
    public var stages: [StageTally]

    /// Creates a snapshot; the collector makes these, tests and report tools may build their own.
    public init(
        elapsed: Duration,
        metrics: [String: MetricAggregate] = [:],
        subMetrics: [MetricSelector: MetricAggregate] = [:],
        requestNames: [RequestNameBreakdown] = [],
        series: [TimeSeriesPoint] = [],
        isSeriesTruncated: Bool = false,
        stages: [StageTally] = []
    ) {
        self.elapsed = elapsed
        self.metrics = metrics
        self.subMetrics = subMetrics
        self.requestNames = requestNames
        self.series = series
        self.isSeriesTruncated = isSeriesTruncated
        self.stages = stages
    }

    /// The aggregate a selector refers to: the whole metric, or the tracked sub-metric. `nil` when the metric
    /// has no samples or the sub-metric was not tracked; callers treat both as "no samples".
    public func aggregate(for selector: MetricSelector) -> MetricAggregate? {
        selector.isSubMetric ? subMetrics[selector] : metrics[selector.metric]
    }
}
