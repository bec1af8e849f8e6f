import BarrageCore

/// Formats a metric's numbers in its own unit, so `http_req_duration` reads `212 ms`, `data_received`
/// reads `1.2 MB` and `http_req_failed` reads `2.50%`, whichever report shows them.
enum MetricFormat {
    /// The unit of the metric named `name`; metrics the harness does not know are plain numbers.
    static func valueType(of name: String) -> MetricValueType {
        BuiltinMetric(name: name)?.valueType ?? .plain
    }

    /// A sample-valued number of metric `name` (a trend statistic, a gauge value, a counter sum).
    static func value(_ value: Double, metric name: String) -> String {
        switch valueType(of: name) {
        case .time: ValueFormat.milliseconds(value)
        case .data: ValueFormat.bytes(value)
        case .plain: ValueFormat.number(value)
        }
    }

    /// The value a threshold's aggregation produced, in the unit that aggregation yields: rates of rate
    /// metrics are shares, counter rates are per second, everything else is in the metric's own unit.
    static func observed(_ value: Double, of aggregation: ThresholdAggregation, metric name: String) -> String {
        let kind = BuiltinMetric(name: name)?.kind
        switch aggregation {
        case .rate where kind == .counter:
            switch valueType(of: name) {
            case .data: return ValueFormat.bytes(value) + "/s"
            default: return ValueFormat.number(value) + "/s"
            }
        case .rate:
            return ValueFormat.percent(value)
        case .count:
            return self.value(value, metric: name)
        case .avg, .min, .max, .med, .percentile, .value:
            return self.value(value, metric: name)
        }
    }
}
