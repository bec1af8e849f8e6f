/// The running total of a counter metric (`http_reqs`, `data_sent`): k6 reports its sum and its rate
/// per second over the whole run.
public struct CounterAggregate: Sendable, Hashable, Codable {
    /// The sum of all samples.
    public private(set) var sum: Double = 0
    /// How many samples were added; zero means the metric was never observed.
    public private(set) var sampleCount: UInt64 = 0

    /// An empty counter.
    public init() {}

    /// A counter with known totals, e.g. read back from a report.
    public init(sum: Double, sampleCount: UInt64) {
        self.sum = sum
        self.sampleCount = sampleCount
    }

    /// Adds one sample.
    public mutating func add(_ value: Double) {
        sum += value
        sampleCount &+= 1
    }

    /// The sum per second over `elapsed`; `nil` when no time has passed.
    public func ratePerSecond(over elapsed: Duration) -> Double? {
        let seconds = elapsed.seconds
        guard seconds > 0 else { return nil }
        return sum / seconds
    }

    /// Adds another counter's totals, e.g. to combine runs.
    public mutating func merge(_ other: CounterAggregate) {
        sum += other.sum
        sampleCount &+= other.sampleCount
    }
}
