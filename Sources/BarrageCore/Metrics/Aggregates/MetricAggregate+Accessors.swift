extension MetricAggregate {
    /// The trend inside, or `nil` for another kind; spares callers a `switch` when the kind is known.
    public var asTrend: TrendAggregate? {
        if case .trend(let trend) = self { return trend }
        return nil
    }

    /// The counter inside, or `nil` for another kind.
    public var asCounter: CounterAggregate? {
        if case .counter(let counter) = self { return counter }
        return nil
    }

    /// The rate inside, or `nil` for another kind.
    public var asRate: RateAggregate? {
        if case .rate(let rate) = self { return rate }
        return nil
    }

    /// The gauge inside, or `nil` for another kind.
    public var asGauge: GaugeAggregate? {
        if case .gauge(let gauge) = self { return gauge }
        return nil
    }
}

extension MetricsSnapshot {
    /// The aggregate of a built-in metric, `nil` when it has no samples; the typed form of ``metrics``.
    public subscript(metric: BuiltinMetric) -> MetricAggregate? {
        metrics[metric.name]
    }
}
