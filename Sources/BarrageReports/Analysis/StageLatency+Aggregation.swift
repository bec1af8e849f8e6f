import BarrageCore

extension StageLatency {
    /// The stage's value of a trend aggregation; `nil` for percentiles the series does not keep.
    func value(of aggregation: ThresholdAggregation) -> Double? {
        switch aggregation {
        case .avg: avg
        case .min: min
        case .max: max
        case .med: p50
        case .percentile(50): p50
        case .percentile(90): p90
        case .percentile(95): p95
        case .percentile(99): p99
        default: nil
        }
    }
}
