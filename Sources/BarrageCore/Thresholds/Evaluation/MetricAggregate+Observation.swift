extension MetricAggregate {
    /// The statistic a threshold compares, read from this aggregate; `nil` when there are no samples or the
    /// aggregation does not exist for this kind. A counter's `rate` is its sum per second over `elapsed`.
    public func observedValue(of aggregation: ThresholdAggregation, over elapsed: Duration) -> Double? {
        guard sampleCount > 0 else { return nil }
        switch (self, aggregation) {
        case (.trend(let trend), .avg): return trend.average
        case (.trend(let trend), .min): return trend.min
        case (.trend(let trend), .max): return trend.max
        case (.trend(let trend), .med): return trend.median
        case (.trend(let trend), .percentile(let percentile)): return trend.percentile(percentile)
        case (.counter(let counter), .count): return counter.sum
        case (.counter(let counter), .rate): return counter.ratePerSecond(over: elapsed)
        case (.rate(let rate), .rate): return rate.rate
        case (.gauge(let gauge), .value): return gauge.last
        default: return nil
        }
    }
}
