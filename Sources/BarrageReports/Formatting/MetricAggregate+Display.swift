import BarrageCore

/// One labelled figure of a metric's summary line: `p(95)=212 ms`, `✓ 390`.
struct MetricField: Sendable, Equatable {
    var label: String
    var value: String
}

extension MetricAggregate {
    /// The figures k6's summary shows for a metric of this kind, in its order: trends `avg min med max p(90)
    /// p(95)`, rates the share with pass and fail counts, counters the count and rate per second, gauges
    /// the last value with its extremes.
    func displayFields(metric name: String, elapsed: Duration) -> [MetricField] {
        switch self {
        case .trend(let trend):
            let statistics: [(String, Double?)] = [
                ("avg", trend.average), ("min", trend.sampleCount > 0 ? trend.min : nil), ("med", trend.median),
                ("max", trend.sampleCount > 0 ? trend.max : nil), ("p(90)", trend.percentile(90)),
                ("p(95)", trend.percentile(95)),
            ]
            return statistics.map { label, value in
                MetricField(label: label, value: value.map { MetricFormat.value($0, metric: name) } ?? "–")
            }
        case .rate(let rate):
            return [
                MetricField(label: "rate", value: rate.rate.map(ValueFormat.percent) ?? "–"),
                MetricField(label: "✓", value: ValueFormat.count(rate.passes)),
                MetricField(label: "✗", value: ValueFormat.count(rate.fails)),
            ]
        case .counter(let counter):
            let perSecond = counter.ratePerSecond(over: elapsed).map { MetricFormat.value($0, metric: name) + "/s" } ?? "–"
            return [
                MetricField(label: "count", value: MetricFormat.value(counter.sum, metric: name)),
                MetricField(label: "rate", value: perSecond),
            ]
        case .gauge(let gauge):
            return [
                MetricField(label: "value", value: MetricFormat.value(gauge.last, metric: name)),
                MetricField(label: "min", value: MetricFormat.value(gauge.min, metric: name)),
                MetricField(label: "max", value: MetricFormat.value(gauge.max, metric: name)),
            ]
        }
    }
}

extension MetricsSnapshot {
    /// Every metric with samples, sorted by name as k6 prints them, each followed by its sub-metrics
    /// (labelled by their tag filters, `{name:login}`).
    var displayedMetrics: [DisplayedMetric] {
        var rows: [DisplayedMetric] = []
        let subMetricsByMetric = Dictionary(grouping: subMetrics, by: { $0.key.metric })
        let names = Set(metrics.keys).union(subMetricsByMetric.keys).sorted()
        for name in names {
            if let aggregate = metrics[name], aggregate.sampleCount > 0 {
                rows.append(DisplayedMetric(label: name, metric: name, aggregate: aggregate, isSubMetric: false))
            }
            let subs = (subMetricsByMetric[name] ?? []).sorted { $0.key.description < $1.key.description }
            for (selector, aggregate) in subs where aggregate.sampleCount > 0 {
                rows.append(DisplayedMetric(label: selector.filters.description, metric: name, aggregate: aggregate, isSubMetric: true))
            }
        }
        return rows
    }
}

/// One line of the all-metrics listing.
struct DisplayedMetric: Sendable {
    /// The metric's name, or a sub-metric's tag filters.
    var label: String
    /// The metric's name, which decides the unit.
    var metric: String
    var aggregate: MetricAggregate
    var isSubMetric: Bool
}
