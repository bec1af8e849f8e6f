/// A parsed threshold condition such as `p(95) < 500`: which statistic, which comparison, which bound.
public struct ThresholdExpression: Sendable, Hashable {
    /// The statistic compared.
    public let aggregation: ThresholdAggregation
    /// The comparison.
    public let comparison: ThresholdOperator
    /// The number the statistic is compared with, in the metric's unit (milliseconds for time trends).
    public let bound: Double

    /// Creates an expression.
    public init(aggregation: ThresholdAggregation, comparison: ThresholdOperator, bound: Double) {
        self.aggregation = aggregation
        self.comparison = comparison
        self.bound = bound
    }

    /// Whether an observed value of the statistic satisfies the condition.
    public func holds(for observed: Double) -> Bool {
        comparison.holds(observed, bound)
    }

    /// The aggregation mismatch if this expression cannot apply to a metric of `kind` (`p(95)` on a rate),
    /// `nil` when it fits.
    public func validate(for kind: MetricKind) -> ThresholdAggregationMismatch? {
        guard !aggregation.applicableKinds.contains(kind) else { return nil }
        return ThresholdAggregationMismatch(aggregation: aggregation, kind: kind)
    }
}

extension ThresholdExpression: CustomStringConvertible {
    /// The canonical spelling, e.g. `p(95)<500`.
    public var description: String {
        "\(aggregation)\(comparison.rawValue)\(bound.compactDescription)"
    }
}

extension ThresholdExpression: TextCodable {}
