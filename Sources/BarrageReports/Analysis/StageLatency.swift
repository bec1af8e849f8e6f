import BarrageCore

/// Latency over one stage, pieced together from its seconds' summaries.
///
/// The per-second series keeps only each second's percentiles, not its histogram, so a stage's percentile
/// is estimated as the request-weighted mean of its seconds' percentiles. For a stage whose load is steady
/// this is close to the true value; `min` and `max` are exact.
public struct StageLatency: Sendable, Equatable {
    /// Requests measured.
    public var count: UInt64
    /// Milliseconds, exact.
    public var min: Double
    /// Milliseconds, exact (request-weighted mean of exact per-second means).
    public var avg: Double
    /// Milliseconds, estimated.
    public var p50: Double
    /// Milliseconds, estimated.
    public var p90: Double
    /// Milliseconds, estimated.
    public var p95: Double
    /// Milliseconds, estimated.
    public var p99: Double
    /// Milliseconds, exact.
    public var max: Double

    /// Combines per-second summaries; `nil` when none holds a request.
    public init?(combining seconds: some Sequence<LatencySummary>) {
        var count: UInt64 = 0
        var minimum = Double.infinity
        var maximum = -Double.infinity
        var weighted = (avg: 0.0, p50: 0.0, p90: 0.0, p95: 0.0, p99: 0.0)
        for second in seconds where second.count > 0 {
            let weight = Double(second.count)
            count += second.count
            minimum = Swift.min(minimum, second.min)
            maximum = Swift.max(maximum, second.max)
            weighted.avg += second.avg * weight
            weighted.p50 += second.p50 * weight
            weighted.p90 += second.p90 * weight
            weighted.p95 += second.p95 * weight
            weighted.p99 += second.p99 * weight
        }
        guard count > 0 else { return nil }
        let total = Double(count)
        self.count = count
        self.min = minimum
        self.max = maximum
        self.avg = weighted.avg / total
        self.p50 = weighted.p50 / total
        self.p90 = weighted.p90 / total
        self.p95 = weighted.p95 / total
        self.p99 = weighted.p99 / total
    }
}
