/// The handful of latency statistics a report plots per second, computed when the second closes so the
/// second's histogram can be dropped (bounded memory however long the run).
public struct LatencySummary: Sendable, Hashable, Codable {
    /// Requests measured in the second.
    public var count: UInt64
    /// Milliseconds.
    public var min: Double
    /// Milliseconds.
    public var avg: Double
    /// Milliseconds.
    public var p50: Double
    /// Milliseconds.
    public var p90: Double
    /// Milliseconds.
    public var p95: Double
    /// Milliseconds.
    public var p99: Double
    /// Milliseconds.
    public var max: Double

    /// Summarises `trend`; `nil` when it holds no samples.
    public init?(_ trend: TrendAggregate) {
        guard let avg = trend.average,
            let p50 = trend.percentile(50),
            let p90 = trend.percentile(90),
            let p95 = trend.percentile(95),
            let p99 = trend.percentile(99)
        else { return nil }
        self.count = trend.sampleCount
        self.min = trend.min
        self.avg = avg
        self.p50 = p50
        self.p90 = p90
        self.p95 = p95
        self.p99 = p99
        self.max = trend.max
    }
}
