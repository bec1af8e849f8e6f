import BarrageCore
import Testing

@testable import BarrageReports

@Suite("Run comparison")
struct RunComparisonTests {
    /// Reproducible noise: `count` per-second values scattered ±`spread` around `center`, with an occasional
    /// hiccup second at `center × 3`, the way a busy machine's per-second p99 looks.
    private static func seconds(_ count: Int, around center: Double, spread: Double = 0.15, seed: UInt64, hiccups: Bool = false) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            let unit = generator.nextUnitDouble()
            if hiccups, index % 7 == 3 { return center * 3 }
            return center * (1 - spread + 2 * spread * unit)
        }
    }

    private static func decide(
        _ metric: ComparedMetric = .durationP99, baseline: [Double], candidate: [Double], tolerance: Double = 25
    ) -> ComparisonRow {
        func keyed(_ values: [Double]) -> [Int: Double] {
            Dictionary(uniqueKeysWithValues: values.enumerated().map { ($0.offset, $0.element) })
        }
        return RunComparison.row(
            metric, baseline: (baseline.max(), keyed(baseline)), candidate: (candidate.max(), keyed(candidate)),
            tolerancePercent: tolerance)
    }

    @Test("the same distribution twice passes, hiccups included, over many seeds", arguments: 1...50)
    func sameDistributionPasses(seed: UInt64) {
        let row = Self.decide(
            baseline: Self.seconds(10, around: 40, seed: seed, hiccups: true),
            candidate: Self.seconds(10, around: 40, seed: seed + 1000, hiccups: seed.isMultiple(of: 2)))
        #expect(row.outcome == .passed, "\(row.reason)")
    }

    @Test("three times slower fails, over many seeds", arguments: 1...50)
    func threeTimesSlowerFails(seed: UInt64) {
        let row = Self.decide(
            baseline: Self.seconds(8, around: 40, seed: seed), candidate: Self.seconds(8, around: 120, seed: seed + 1000))
        #expect(row.outcome == .regression, "\(row.reason)")
        #expect(row.reason.contains("with 99% confidence"))
    }

    @Test("a significant change inside the tolerance passes")
    func significantButSmall() {
        let row = Self.decide(
            baseline: Self.seconds(30, around: 40, spread: 0.02, seed: 1),
            candidate: Self.seconds(30, around: 44, spread: 0.02, seed: 2))
        #expect(row.outcome == .passed, "\(row.reason)")
    }

    @Test("too few seconds is undecided, and an undecided gate does not pass")
    func tooFew() {
        let row = Self.decide(baseline: [40, 41, 39], candidate: [120, 121, 119])
        #expect(row.outcome == .undecided)
        #expect(row.reason.contains("too few seconds"))
    }

    @Test("max is shown, never gated")
    func maxNotGated() {
        let row = Self.decide(.durationMax, baseline: Self.seconds(10, around: 40, seed: 1), candidate: Self.seconds(10, around: 400, seed: 2))
        #expect(row.outcome == .notGated)
    }

    @Test("throughput falling is worse, rising is not")
    func throughputDirection() {
        let base = Self.seconds(10, around: 100, spread: 0.05, seed: 3)
        #expect(Self.decide(.requestRate, baseline: base, candidate: base.map { $0 * 0.5 }).isRegression)
        #expect(!Self.decide(.requestRate, baseline: base, candidate: base.map { $0 * 1.5 }).isRegression)
    }

    @Test("failures appearing from zero count only above the noise floor")
    func failuresFromZero() {
        let zero = Array(repeating: 0.0, count: 10)
        #expect(!Self.decide(.failureRate, baseline: zero, candidate: Array(repeating: 0.0005, count: 10), tolerance: 10).isRegression)
        #expect(Self.decide(.failureRate, baseline: zero, candidate: Array(repeating: 0.05, count: 10), tolerance: 10).isRegression)
    }

    @Test("signed-rank test: exact tail when every pair is worse, and no evidence from identical runs")
    func signedRank() {
        #expect(abs(SignedRankTest.pValuePositive([1, 2, 3, 4, 5, 6, 7]) - 1.0 / 128) < 1e-12)
        #expect(SignedRankTest.pValuePositive([0, 0, 0, 0, 0, 0, 0]) == 1)
        #expect(SignedRankTest.pValuePositive([-1, -2, -3, -4, -5, -6, -7]) > 0.99)
        // Tied magnitudes fall back to the normal approximation, which agrees in direction.
        #expect(SignedRankTest.pValuePositive(Array(repeating: 2, count: 12)) < 0.001)
    }

    @Test("two equal fixture runs pass; a run 3× slower regresses at 10 %")
    func fixtureRuns() throws {
        let equal = RunComparison(baseline: RunFixture().summary(), candidate: RunFixture().summary(), tolerancePercent: 10)
        #expect(equal.passes)
        var slower = RunFixture()
        slower.latencyFactor = 3
        let comparison = RunComparison(baseline: RunFixture().summary(), candidate: slower.summary(), tolerancePercent: 10)
        #expect(try #require(comparison.rows.first { $0.metric == .durationP50 }).isRegression)
        #expect(comparison.hasRegression)
    }

    @Test("the terminal table marks the regressed row, says why, and ends with the verdict")
    func textTable() {
        var slower = RunFixture()
        slower.latencyFactor = 3
        let text = ComparisonTextReport.render(
            RunComparison(baseline: RunFixture().summary(), candidate: slower.summary(), tolerancePercent: 10), colors: false)
        let lines = text.split(separator: "\n")
        let p50Index = lines.firstIndex { $0.contains("http_req_duration p(50)") }
        #expect(p50Index.map { lines[$0].hasSuffix("✗ regression") } == true)
        #expect(p50Index.map { lines[$0 + 1].contains("with 99% confidence") } == true)
        #expect(text.contains("regression(s) beyond the 10% tolerance at 99% confidence"))
    }

    @Test("Markdown and HTML renderings carry the same verdict")
    func markdownAndHTML() {
        let comparison = RunComparison(baseline: RunFixture().summary(), candidate: RunFixture().summary(), tolerancePercent: 5)
        #expect(ComparisonMarkdownReport.render(comparison).hasPrefix("## ✅ No regression beyond the 5% tolerance"))
        #expect(ComparisonHTMLReport.render(comparison).contains("✓ No regression beyond the 5% tolerance"))
    }
}
