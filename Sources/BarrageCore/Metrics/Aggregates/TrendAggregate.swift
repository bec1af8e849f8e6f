import Histogram

/// A trend's distribution (`http_req_duration`): an HDR histogram at 3 significant digits, so memory
/// stays bounded however long the run, and percentiles are within 0.1 % of the exact value.
///
/// Values are milliseconds (or plain numbers) as `Double`; the histogram stores them multiplied by
/// ``unitsPerValue``, i.e. at microsecond resolution. Count, sum, min and max are kept exactly beside it,
/// so `avg`, `min` and `max` carry no histogram error at all.
public struct TrendAggregate: Sendable, Equatable {
    /// Histogram units per value unit: 1000, so one histogram step is one microsecond.
    public static let unitsPerValue: Double = 1000

    /// Largest value the histogram will take, in value units (about 31 years of milliseconds);
    /// larger samples are recorded as this.
    public static let largestValue: Double = 1e12

    /// How many samples were added; zero means the metric was never observed.
    public private(set) var sampleCount: UInt64 = 0
    /// The exact sum of all samples.
    public private(set) var sum: Double = 0
    /// The exact smallest sample; meaningful only when ``sampleCount`` > 0.
    public private(set) var min: Double = 0
    /// The exact largest sample; meaningful only when ``sampleCount`` > 0.
    public private(set) var max: Double = 0
    /// The distribution, in units of 1/``unitsPerValue``; kept so runs can be merged or re-rendered later.
    public private(set) var histogram: Histogram<UInt64>

    /// An empty trend.
    public init() {
        self.histogram = Histogram(numberOfSignificantValueDigits: .three)
    }

    /// Restores a trend from its parts, as read back from a report.
    init(sampleCount: UInt64, sum: Double, min: Double, max: Double, histogram: Histogram<UInt64>) {
        self.sampleCount = sampleCount
        self.sum = sum
        self.min = min
        self.max = max
        self.histogram = histogram
    }

    /// Adds one sample. Negative values count as 0 and `NaN` is ignored: trends hold durations.
    public mutating func add(_ value: Double) {
        guard !value.isNaN else { return }
        let clamped = Swift.min(Swift.max(value, 0), Self.largestValue)
        if sampleCount == 0 {
            min = clamped
            max = clamped
        } else {
            min = Swift.min(min, clamped)
            max = Swift.max(max, clamped)
        }
        sampleCount &+= 1
        sum += clamped
        // `clamped` is non-negative, so adding 0.5 and truncating rounds to nearest without a libm call.
        histogram.record(UInt64(clamped * Self.unitsPerValue + 0.5))
    }

    /// The mean; `nil` before the first sample.
    public var average: Double? {
        sampleCount == 0 ? nil : sum / Double(sampleCount)
    }

    /// The median, i.e. `p(50)`.
    public var median: Double? { percentile(50) }

    /// The value at or below which `percentile` % of samples fall (nearest rank: the smallest sample with at
    /// least `percentile` % of samples at or below it), within the histogram's 0.1 % precision; `p(0)` and
    /// `p(100)` are the exact min and max. `nil` before the first sample.
    ///
    /// The rank is found by walking the non-empty buckets rather than with `valueAtPercentile`, which rounds
    /// the rank to the nearest count and so can land one sample low; the epsilon keeps `99.9 / 100 × n` from
    /// rounding up past an exact rank.
    public func percentile(_ percentile: Double) -> Double? {
        guard sampleCount > 0 else { return nil }
        if percentile <= 0 { return min }
        if percentile >= 100 { return max }
        let total = histogram.totalCount
        let rank = Swift.max(1, UInt64((percentile / 100 * Double(total) - 1e-9).rounded(.up)))
        var seen: UInt64 = 0
        for bucket in histogram.recordedValues() {
            seen += bucket.count
            if seen >= rank {
                let estimate = Double(histogram.medianEquivalentForValue(bucket.value)) / Self.unitsPerValue
                return Swift.min(Swift.max(estimate, min), max)
            }
        }
        return max
    }

    /// How many samples were at least `value` (within the histogram's precision: the bucket holding `value`
    /// counts whole), read without touching the samples, e.g. to follow late starts second by second.
    public func count(atLeast value: Double) -> UInt64 {
        guard sampleCount > 0, max >= value else { return 0 }
        let lower = UInt64(Swift.max(value, 0) * Self.unitsPerValue + 0.5)
        return histogram.count(within: lower...Swift.max(lower, histogram.max))
    }

    /// Adds another trend's samples, e.g. to combine runs or per-second buckets.
    public mutating func merge(_ other: TrendAggregate) {
        guard other.sampleCount > 0 else { return }
        if sampleCount == 0 {
            min = other.min
            max = other.max
        } else {
            min = Swift.min(min, other.min)
            max = Swift.max(max, other.max)
        }
        sampleCount &+= other.sampleCount
        sum += other.sum
        histogram.add(other.histogram)
    }
}
