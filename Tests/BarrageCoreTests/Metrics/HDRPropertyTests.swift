import BarrageCore
import Foundation
import Testing

/// The HDR histogram behind every trend, checked as a property over many random latency sets rather than
/// one hand-picked distribution: percentiles agree with the exact sorted-array percentile, and histograms
/// recorded by separate threads merge into exactly the histogram one recorder would have made.
@Suite("HDR histogram properties")
struct HDRPropertyTests {
    /// A random latency set in milliseconds between 1 µs and 60 s: log-uniform (every order of magnitude
    /// equally likely), of random size, in whole microseconds, the resolution the trend records at.
    private static func latencies(seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)  // replayable: a failing case names its seed
        let count = Int.random(in: 1...5_000, using: &generator)
        let span = log(60_000_000.0)
        return (0..<count).map { _ in
            let microseconds = exp(Double.random(in: 0...span, using: &generator)).rounded()
            return Swift.max(1, microseconds) / 1000
        }
    }

    /// Nearest rank: the smallest sample with at least `percentile` % of the samples at or below it.
    private static func exactPercentile(_ percentile: Double, of sorted: [Double]) -> Double {
        let rank = Int((percentile / 100 * Double(sorted.count) - 1e-9).rounded(.up))
        return sorted[Swift.max(rank, 1) - 1]
    }

    @Test("percentiles are within 0.1 % of the exact sorted-array percentile", arguments: 1...60)
    func percentilesMatchExact(seed: UInt64) throws {
        let samples = Self.latencies(seed: seed)
        var trend = TrendAggregate()
        samples.forEach { trend.add($0) }
        let sorted = samples.sorted()
        for percentile in [1.0, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99] {
            let exact = Self.exactPercentile(percentile, of: sorted)
            let estimate = try #require(trend.percentile(percentile))
            #expect(
                abs(estimate - exact) <= exact * 0.001,
                "seed \(seed), \(samples.count) samples: p(\(percentile)) \(estimate) vs exact \(exact)"
            )
        }
        #expect(trend.min == sorted.first)
        #expect(trend.max == sorted.last)
    }

    @Test("histograms recorded on separate threads merge into the one histogram of all samples", arguments: 1...10)
    func mergedThreadsEqualOne(seed: UInt64) async {
        let samples = Self.latencies(seed: seed &* 7919)
        let threads = 4
        let parts = await withTaskGroup(of: TrendAggregate.self) { group in
            for thread in 0..<threads {
                group.addTask {
                    var part = TrendAggregate()
                    for index in stride(from: thread, to: samples.count, by: threads) { part.add(samples[index]) }
                    return part
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        var merged = TrendAggregate()
        parts.forEach { merged.merge($0) }
        var single = TrendAggregate()
        samples.forEach { single.add($0) }
        #expect(merged.histogram == single.histogram)
        #expect(merged.sampleCount == single.sampleCount)
        #expect(merged.min == single.min && merged.max == single.max)
        #expect(abs(merged.sum - single.sum) <= single.sum * 1e-12)
        for percentile in [50.0, 95, 99, 99.9] {
            #expect(merged.percentile(percentile) == single.percentile(percentile))
        }
    }

    @Test("count(atLeast:) counts the samples from a bound up")
    func countAtLeast() {
        var trend = TrendAggregate()
        [1.0, 5, 9.9, 10, 10.5, 250].forEach { trend.add($0) }
        #expect(trend.count(atLeast: 10) == 3)
        #expect(trend.count(atLeast: 0) == 6)
        #expect(trend.count(atLeast: 251) == 0)
    }
}
