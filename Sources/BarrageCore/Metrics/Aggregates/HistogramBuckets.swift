import Histogram

/// A histogram written as only its non-empty buckets, `[[value, count], …]`.
///
/// `Histogram`'s own encoding writes every bucket (tens of thousands of mostly zero counts per trend);
/// a latency distribution occupies a few hundred buckets, so this keeps `summary.json` small while still
/// letting runs be merged and re-rendered exactly: re-recording a bucket's value lands in the same bucket.
struct HistogramBuckets: Codable, Sendable {
    /// Significant decimal digits the histogram kept; fixed at 3 by ``TrendAggregate``.
    let significantDigits: Int
    /// Histogram units per value unit (1000: microseconds for millisecond values).
    let unitsPerValue: Double
    /// `[value, count]` per non-empty bucket, ascending; `value` is in histogram units.
    let buckets: [[UInt64]]

    init(_ histogram: Histogram<UInt64>, unitsPerValue: Double) {
        self.significantDigits = Int(histogram.numberOfSignificantValueDigits.rawValue)
        self.unitsPerValue = unitsPerValue
        self.buckets = histogram.recordedValues().map { [$0.value, $0.count] }
    }

    /// Rebuilds the histogram; `nil` if the file describes a layout other than 3 significant digits or a
    /// malformed bucket.
    func histogram() -> Histogram<UInt64>? {
        guard significantDigits == 3, unitsPerValue == TrendAggregate.unitsPerValue else { return nil }
        var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)
        for bucket in buckets {
            guard bucket.count == 2 else { return nil }
            histogram.record(bucket[0], count: bucket[1])
        }
        return histogram
    }
}
