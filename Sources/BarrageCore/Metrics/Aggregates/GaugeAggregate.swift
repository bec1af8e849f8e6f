/// A gauge's state (`vus`, `vus_max`): the latest value, which thresholds compare with `value`,
/// plus the extremes seen, which the summary shows.
public struct GaugeAggregate: Sendable, Hashable, Codable {
    /// The most recent sample; meaningful only when ``sampleCount`` > 0.
    public private(set) var last: Double = 0
    /// The smallest sample.
    public private(set) var min: Double = 0
    /// The largest sample.
    public private(set) var max: Double = 0
    /// How many samples were set; zero means the gauge was never observed.
    public private(set) var sampleCount: UInt64 = 0

    /// An unobserved gauge.
    public init() {}

    /// Sets the gauge.
    public mutating func add(_ value: Double) {
        if sampleCount == 0 {
            min = value
            max = value
        } else {
            min = Swift.min(min, value)
            max = Swift.max(max, value)
        }
        last = value
        sampleCount &+= 1
    }
}
