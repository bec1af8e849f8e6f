import BarrageCore
import Foundation
import Testing

@Suite("Trend aggregate")
struct TrendAggregateTests {
    /// A reproducible long-tailed latency distribution: exponential around 40 ms plus a 5 ms floor.
    private static func latencies(count: Int) -> [Double] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let uniform = (Double(state >> 11) + 1) / Double(1 << 53)
            return 5 + -log(uniform) * 40
        }
    }

    /// The exact nearest-rank percentile of `sorted`: the smallest sample with at least `percentile` % of
    /// samples at or below it (the epsilon keeps `99.9 / 100 * n` from rounding up past an exact rank).
    private static func exactPercentile(_ percentile: Double, of sorted: [Double]) -> Double {
        let rank = Int((percentile * Double(sorted.count) / 100 - 1e-9).rounded(.up))
        return sorted[max(rank, 1) - 1]
    }

    @Test("percentiles stay within 3 significant digits of the exact values", arguments: [50.0, 90, 95, 99, 99.9])
    func percentilePrecision(percentile: Double) throws {
        let samples = Self.latencies(count: 100_000)
        var trend = TrendAggregate()
        samples.forEach { trend.add($0) }
        let truth = Self.exactPercentile(percentile, of: samples.sorted())
        let estimate = try #require(trend.percentile(percentile))
        #expect(abs(estimate - truth) <= truth * 0.001 + 0.001, "p(\(percentile)) \(estimate) vs exact \(truth)")
    }

    @Test("average, min and max are exact, not histogram estimates")
    func exactMoments() {
        var trend = TrendAggregate()
        [1.0005, 250.25, 3.5].forEach { trend.add($0) }
        #expect(trend.min == 1.0005)
        #expect(trend.max == 250.25)
        #expect(trend.average == (1.0005 + 250.25 + 3.5) / 3)
    }

    @Test("an empty trend has no statistics rather than zeros")
    func emptyHasNoValues() {
        let trend = TrendAggregate()
        #expect(trend.average == nil)
        #expect(trend.percentile(95) == nil)
        #expect(trend.median == nil)
    }

    @Test("merging two halves gives the same distribution as recording everything in one")
    func mergeEqualsWhole() {
        let samples = Self.latencies(count: 2_000)
        var whole = TrendAggregate()
        var first = TrendAggregate()
        var second = TrendAggregate()
        for (index, sample) in samples.enumerated() {
            whole.add(sample)
            if index.isMultiple(of: 2) { first.add(sample) } else { second.add(sample) }
        }
        first.merge(second)
        #expect(first.sampleCount == whole.sampleCount)
        #expect(first.percentile(99) == whole.percentile(99))
        #expect(first.histogram == whole.histogram)
    }

    @Test("a JSON round trip keeps the histogram, so percentiles survive")
    func codableRoundTrip() throws {
        var trend = TrendAggregate()
        Self.latencies(count: 500).forEach { trend.add($0) }
        let decoded = try JSONDecoder().decode(TrendAggregate.self, from: JSONEncoder().encode(trend))
        #expect(decoded == trend)
        #expect(decoded.percentile(95) == trend.percentile(95))
    }

    @Test("the JSON holds the histogram in HdrHistogram's compressed form, which reads back exactly")
    func compressedHistogramJSON() throws {
        var trend = TrendAggregate()
        Self.latencies(count: 20_000).forEach { trend.add($0) }
        trend.add(0.001)
        trend.add(3_600_000)
        let data = try JSONEncoder().encode(trend)
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let histogram = try #require(json?["histogram"] as? String)
        #expect(histogram.hasPrefix("HISTF"))
        #expect(histogram.count < 40_000, "\(histogram.count) characters")
        let decoded = try JSONDecoder().decode(TrendAggregate.self, from: data)
        #expect(decoded.histogram == trend.histogram)
        #expect(decoded == trend)
    }

    @Test("a schema 1 summary's bucket list still reads")
    func bucketListStillReads() throws {
        let json = #"{"count":4,"sum":3023,"min":1.5,"max":3000,"histogram":{"significantDigits":3,"unitsPerValue":1000,"buckets":[[1500,2],[20000,1],[3000000,1]]}}"#
        let trend = try JSONDecoder().decode(TrendAggregate.self, from: Data(json.utf8))
        #expect(trend.sampleCount == 4)
        #expect(trend.percentile(50) == 1.5)
        #expect(abs(try #require(trend.percentile(75)) - 20) <= 0.02)
    }
}
