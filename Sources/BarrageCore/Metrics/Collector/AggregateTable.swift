/// Aggregates kept in one array per kind, addressed by slot index.
///
/// Trends live in a typed array rather than in ``MetricAggregate`` cases so that adding a sample mutates the
/// histogram in place; pulling a histogram out of an enum payload would copy its counts on every sample.
struct AggregateTable: Sendable {
    private(set) var counters: [CounterAggregate] = []
    private(set) var gauges: [GaugeAggregate] = []
    private(set) var rates: [RateAggregate] = []
    private(set) var trends: [TrendAggregate] = []

    /// Adds an empty aggregate of `kind` and returns its slot.
    mutating func makeSlot(_ kind: MetricKind) -> Int {
        switch kind {
        case .counter:
            counters.append(CounterAggregate())
            return counters.count - 1
        case .gauge:
            gauges.append(GaugeAggregate())
            return gauges.count - 1
        case .rate:
            rates.append(RateAggregate())
            return rates.count - 1
        case .trend:
            trends.append(TrendAggregate())
            return trends.count - 1
        }
    }

    mutating func add(_ value: Double, kind: MetricKind, slot: Int) {
        switch kind {
        case .counter: counters[slot].add(value)
        case .gauge: gauges[slot].add(value)
        case .rate: rates[slot].add(value)
        case .trend: trends[slot].add(value)
        }
    }

    func aggregate(kind: MetricKind, slot: Int) -> MetricAggregate {
        switch kind {
        case .counter: .counter(counters[slot])
        case .gauge: .gauge(gauges[slot])
        case .rate: .rate(rates[slot])
        case .trend: .trend(trends[slot])
        }
    }
}
