import BarrageCore

extension ThresholdResult {
    /// The observed value as `p(95)=212 ms`, or why there is none, for every report's threshold line.
    var observedText: String {
        let aggregation = threshold.expression.aggregation
        switch outcome {
        case .noSamples:
            return "no samples"
        case .notApplicable:
            return "\(aggregation) does not apply to \(threshold.selector.metric)"
        case .passed, .failed:
            guard let observed else { return "no samples" }
            return "\(aggregation)=" + MetricFormat.observed(observed, of: aggregation, metric: threshold.selector.metric)
        }
    }
}
