/// Why a threshold from a scenario file cannot be used; scenario validation adds the file position.
public enum ThresholdDefinitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The key (`http_req_duration{name:login}`) is malformed.
    case selector(MetricSelectorParseError)
    /// The expression (`p(95)<500`) is malformed.
    case expression(ThresholdExpressionError)
    /// The key names a metric that does not exist.
    case unknownMetric(String)
    /// The aggregation does not exist for the metric's kind.
    case aggregationMismatch(metric: String, ThresholdAggregationMismatch)

    /// A message naming the part at fault, e.g. `unknown metric 'http_req_duraton'`.
    public var description: String {
        switch self {
        case .selector(let error):
            "invalid threshold key: \(error)"
        case .expression(let error):
            "invalid threshold expression: \(error)"
        case .unknownMetric(let name):
            "unknown metric '\(name)'"
        case .aggregationMismatch(let metric, let mismatch):
            "threshold on '\(metric)': \(mismatch)"
        }
    }
}
