import Histogram

/// A histogram as summaries of schema 1 wrote it: only its non-empty buckets, `[[value, count], …]`. Read
/// so older runs still load, re-render and compare; new summaries use ``CompressedHistogram``, which is
/// an order of magnitude smaller and readable by any HdrHistogram library. Re-recording a bucket's value
/// lands in the same bucket, so reading is exact.
struct HistogramBuckets: Decodable, Sendable {
    /// Significant decimal digits the histogram kept; fixed at 3 by ``TrendAggregate``.
    let significantDigits: Int
    /// Histogram units per value unit (1000: microseconds for millisecond values).
    let unitsPerValue: Double
    /// `[value, count]` per non-empty bucket, ascending; `value` is in histogram units.
    let buckets: [[UInt64]]

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
