import BarrageCore
import BarrageReports
import Testing

@Suite("Latency distribution")
struct LatencyDistributionTests {
    private func trend(_ values: [Double]) -> TrendAggregate {
        var trend = TrendAggregate()
        for value in values { trend.add(value) }
        return trend
    }

    @Test("bucket shares add up to all requests")
    func sharesSumToOne() throws {
        let distribution = try #require(LatencyDistribution(trend((1...1_000).map(Double.init))))
        let total = distribution.buckets.reduce(0) { $0 + $1.share }
        #expect(abs(total - 1) < 1e-9)
    }

    @Test("a two-peaked distribution shows both peaks in the right buckets")
    func twoPeaks() throws {
        let distribution = try #require(LatencyDistribution(trend(Array(repeating: 10, count: 700) + Array(repeating: 90, count: 300))))
        let fast = distribution.buckets.filter { $0.lower <= 10 && 10 < $0.upper }.map(\.share).reduce(0, +)
        let slow = distribution.buckets.filter { $0.lower <= 90 && (90 < $0.upper || $0.isOpenEnded) }.map(\.share).reduce(0, +)
        #expect(abs(fast - 0.7) < 0.01)
        #expect(abs(slow - 0.3) < 0.01)
    }

    @Test("the ladder ends with the exact maximum")
    func ladder() throws {
        let distribution = try #require(LatencyDistribution(trend([5, 6, 7, 250])))
        #expect(distribution.ladder.last?.percentile == 100)
        #expect(distribution.ladder.last?.value == 250)
    }

    @Test("an empty trend has no distribution")
    func empty() {
        #expect(LatencyDistribution(TrendAggregate()) == nil)
    }
}
