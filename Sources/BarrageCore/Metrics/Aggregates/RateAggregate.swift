/// A rate metric's tally (`http_req_failed`, `checks`): the share of samples that were non-zero (true).
public struct RateAggregate: Sendable, Hashable, Codable {
    /// Samples that were non-zero (true).
    public private(set) var passes: UInt64 = 0
    /// Samples that were zero (false).
    public private(set) var fails: UInt64 = 0

    /// An empty tally.
    public init() {}

    /// A tally with known counts, e.g. read back from a report.
    public init(passes: UInt64, fails: UInt64) {
        self.passes = passes
        self.fails = fails
    }

    /// Counts one sample; any non-zero value is a pass, as in k6.
    public mutating func add(_ value: Double) {
        add(value != 0)
    }

    /// Counts one true or false sample.
    public mutating func add(_ isTrue: Bool) {
        if isTrue {
            passes &+= 1
        } else {
            fails &+= 1
        }
    }

    /// How many samples were counted; zero means the metric was never observed.
    public var sampleCount: UInt64 { passes &+ fails }

    /// `passes / sampleCount`; `nil` before the first sample, so "no data" never reads as 0 %.
    public var rate: Double? {
        let total = sampleCount
        return total == 0 ? nil : Double(passes) / Double(total)
    }

    /// Adds another tally, e.g. to combine runs.
    public mutating func merge(_ other: RateAggregate) {
        passes &+= other.passes
        fails &+= other.fails
    }
}
