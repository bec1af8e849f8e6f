/// Any metric's summary, tagged by kind: what a snapshot holds per metric and per sub-metric, and what
/// threshold evaluation reads.
public enum MetricAggregate: Sendable, Equatable {
    /// A counter's sum.
    case counter(CounterAggregate)
    /// A gauge's latest value and extremes.
    case gauge(GaugeAggregate)
    /// A rate's passes and fails.
    case rate(RateAggregate)
    /// A trend's distribution.
    case trend(TrendAggregate)

    /// An empty aggregate of `kind`.
    public init(empty kind: MetricKind) {
        switch kind {
        case .counter: self = .counter(CounterAggregate())
        case .gauge: self = .gauge(GaugeAggregate())
        case .rate: self = .rate(RateAggregate())
        case .trend: self = .trend(TrendAggregate())
        }
    }

    /// The kind of metric summarised.
    public var kind: MetricKind {
        switch self {
        case .counter: .counter
        case .gauge: .gauge
        case .rate: .rate
        case .trend: .trend
        }
    }

    /// How many samples went in; zero means the metric (or sub-metric) was never observed.
    public var sampleCount: UInt64 {
        switch self {
        case .counter(let counter): counter.sampleCount
        case .gauge(let gauge): gauge.sampleCount
        case .rate(let rate): rate.sampleCount
        case .trend(let trend): trend.sampleCount
        }
    }
}

extension MetricAggregate: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, values
    }

    /// Reads `{"kind": "trend", "values": {...}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(MetricKind.self, forKey: .kind) {
        case .counter: self = .counter(try container.decode(CounterAggregate.self, forKey: .values))
        case .gauge: self = .gauge(try container.decode(GaugeAggregate.self, forKey: .values))
        case .rate: self = .rate(try container.decode(RateAggregate.self, forKey: .values))
        case .trend: self = .trend(try container.decode(TrendAggregate.self, forKey: .values))
        }
    }

    /// Writes `{"kind": "trend", "values": {...}}`, so a reader knows the shape before reading values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .counter(let counter): try container.encode(counter, forKey: .values)
        case .gauge(let gauge): try container.encode(gauge, forKey: .values)
        case .rate(let rate): try container.encode(rate, forKey: .values)
        case .trend(let trend): try container.encode(trend, forKey: .values)
        }
    }
}
