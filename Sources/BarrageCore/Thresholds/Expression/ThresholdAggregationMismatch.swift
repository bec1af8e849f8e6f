/// A threshold whose statistic does not exist for its metric's kind (`rate` on a trend). k6 rejects these
/// too; we say which aggregations would have worked.
public struct ThresholdAggregationMismatch: Error, Sendable, Hashable, CustomStringConvertible {
    /// The aggregation written.
    public let aggregation: ThresholdAggregation
    /// The kind of the metric it was applied to.
    public let kind: MetricKind

    /// Creates a mismatch.
    public init(aggregation: ThresholdAggregation, kind: MetricKind) {
        self.aggregation = aggregation
        self.kind = kind
    }

    /// E.g. `'rate' does not apply to a trend metric; use one of avg, min, max, med, p(N)`.
    public var description: String {
        let allowed = ThresholdAggregation.names(applicableTo: kind).joined(separator: ", ")
        return "'\(aggregation)' does not apply to a \(kind.rawValue) metric; use one of \(allowed)"
    }
}
