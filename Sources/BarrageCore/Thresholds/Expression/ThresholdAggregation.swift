/// The statistic a threshold compares: k6's `avg`, `min`, `max`, `med`, `p(N)`, `rate`, `count`, `value`.
public enum ThresholdAggregation: Sendable, Hashable {
    /// A trend's mean.
    case avg
    /// A trend's smallest sample.
    case min
    /// A trend's largest sample.
    case max
    /// A trend's median.
    case med
    /// A trend's N-th percentile, 0 ≤ N ≤ 100 (e.g. 95 or 99.9).
    case percentile(Double)
    /// A rate's share of true samples, or a counter's sum per second.
    case rate
    /// A counter's sum.
    case count
    /// A gauge's latest value.
    case value

    /// The kinds of metric this aggregation is defined for, as in k6.
    public var applicableKinds: Set<MetricKind> {
        switch self {
        case .avg, .min, .max, .med, .percentile: [.trend]
        case .rate: [.rate, .counter]
        case .count: [.counter]
        case .value: [.gauge]
        }
    }

    /// The aggregations k6 allows on `kind`, spelled for error messages.
    public static func names(applicableTo kind: MetricKind) -> [String] {
        switch kind {
        case .trend: ["avg", "min", "max", "med", "p(N)"]
        case .counter: ["count", "rate"]
        case .rate: ["rate"]
        case .gauge: ["value"]
        }
    }
}

extension ThresholdAggregation: CustomStringConvertible {
    /// The spelling in threshold expressions: `avg`, `p(95)`, `p(99.9)`.
    public var description: String {
        switch self {
        case .avg: "avg"
        case .min: "min"
        case .max: "max"
        case .med: "med"
        case .percentile(let percentile): "p(\(percentile.compactDescription))"
        case .rate: "rate"
        case .count: "count"
        case .value: "value"
        }
    }
}

extension Double {
    /// `95` rather than `95.0`, `99.9` as is: numbers as a person would write them in an expression.
    var compactDescription: String {
        if rounded() == self, abs(self) < 1e15 {
            return String(Int64(self))
        }
        return String(self)
    }
}
