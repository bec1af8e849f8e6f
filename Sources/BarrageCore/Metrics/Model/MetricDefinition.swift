/// Everything validation and reporting need to know about a metric without touching its data:
/// whether thresholds on it make sense, and how to print its values.
public struct MetricDefinition: Sendable, Hashable {
    /// The k6 name, e.g. `http_req_duration`.
    public let name: String
    /// How samples are summarised.
    public let kind: MetricKind
    /// The unit of its values.
    public let valueType: MetricValueType

    /// Creates a definition; built-in metrics get theirs from ``BuiltinMetric/definition``.
    public init(name: String, kind: MetricKind, valueType: MetricValueType) {
        self.name = name
        self.kind = kind
        self.valueType = valueType
    }

    /// Whether values are milliseconds, which reports print as durations.
    public var isTimeValued: Bool { valueType == .time }
}

extension BuiltinMetric {
    /// The built-in metric's definition, for code that handles built-in and named metrics alike.
    public var definition: MetricDefinition {
        MetricDefinition(name: name, kind: kind, valueType: valueType)
    }
}
