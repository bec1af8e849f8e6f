/// A single sample of any built-in metric, for the occasional values that are not part of a request or an
/// iteration: `checks`, `group_duration`, `dropped_iterations`, `vus`, `vus_max`.
public struct MetricSample: Sendable {
    /// The metric the sample belongs to.
    public var metric: BuiltinMetric
    /// The value: milliseconds for trends, 0/1 for rates, an amount for counters, a level for gauges.
    public var value: Double
    /// The sample's tags.
    public var tags: TagSet
    /// When the sample was taken; places it in the per-second series.
    public var time: ContinuousClock.Instant

    /// Creates a sample.
    public init(metric: BuiltinMetric, value: Double, tags: TagSet = TagSet(), time: ContinuousClock.Instant) {
        self.metric = metric
        self.value = value
        self.tags = tags
        self.time = time
    }
}
