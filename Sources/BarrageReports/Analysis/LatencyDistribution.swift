import BarrageCore

/// How `http_req_duration` was spread: the share of requests per latency bucket, plus the percentile
/// ladder (p50 … p99.99, max) that shows the tail.
///
/// Built from the trend's histogram through its quantiles: the distribution is sampled at 200 evenly spaced
/// quantiles, each standing for 0.5 % of requests, and those are counted into buckets of a round width
/// reaching to p99.5; slower requests share one last, open bucket. So bars are accurate to half a percent.
public struct LatencyDistribution: Sendable, Equatable {
    /// One bar of the distribution.
    public struct Bucket: Sendable, Equatable {
        /// Milliseconds, inclusive.
        public var lower: Double
        /// Milliseconds, exclusive; for the last, open bucket this is the maximum.
        public var upper: Double
        /// Share of requests in [0, 1].
        public var share: Double
        /// Whether this bucket collects everything from ``lower`` up (the tail).
        public var isOpenEnded: Bool
    }

    /// One rung of the percentile ladder.
    public struct Rung: Sendable, Equatable {
        /// `p(99.9)` as a number; 100 is the maximum.
        public var percentile: Double
        /// Milliseconds.
        public var value: Double
    }

    /// The bars, ascending.
    public var buckets: [Bucket]
    /// p50, p75, p90, p95, p99, p99.9, p99.99 and max.
    public var ladder: [Rung]
    /// Requests the distribution describes.
    public var count: UInt64

    /// The percentiles shown in the ladder.
    static let ladderPercentiles: [Double] = [50, 75, 90, 95, 99, 99.9, 99.99, 100]

    private static let quantileCount = 200

    /// The distribution of `trend`, with about `bucketCount` bars; `nil` without samples.
    public init?(_ trend: TrendAggregate, bucketCount: Int = 20) {
        guard trend.sampleCount > 0 else { return nil }
        let quantiles = (0..<Self.quantileCount).compactMap { index in
            trend.percentile((Double(index) + 0.5) * 100 / Double(Self.quantileCount))
        }
        let top = trend.percentile(99.5) ?? trend.max
        let width = AxisScale.roundStep(for: Swift.max(top - trend.min, 0.001) / Double(bucketCount))
        let first = (trend.min / width).rounded(.down) * width
        let closedCount = Swift.max(Int(((top - first) / width).rounded(.up)), 1)
        var counts = Array(repeating: 0, count: closedCount + 1)
        for quantile in quantiles {
            let index = Swift.min(Int(((quantile - first) / width).rounded(.down)), closedCount)
            counts[Swift.max(index, 0)] += 1
        }
        var buckets = (0..<closedCount).map { index in
            Bucket(
                lower: first + Double(index) * width,
                upper: first + Double(index + 1) * width,
                share: Double(counts[index]) / Double(quantiles.count),
                isOpenEnded: false
            )
        }
        if counts[closedCount] > 0 {
            buckets.append(
                Bucket(
                    lower: first + Double(closedCount) * width,
                    upper: trend.max,
                    share: Double(counts[closedCount]) / Double(quantiles.count),
                    isOpenEnded: true
                ))
        }
        self.buckets = buckets
        self.ladder = Self.ladderPercentiles.compactMap { percentile in
            trend.percentile(percentile).map { Rung(percentile: percentile, value: $0) }
        }
        self.count = trend.sampleCount
    }
}
