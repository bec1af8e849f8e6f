import BarrageCore
@testable import BarrageReports
import Testing

@Suite("Run comparison")
struct RunComparisonTests {
    @Test("a 50 % rise in p95 is a regression at 10 % tolerance")
    func flagsLatencyRise() throws {
        var slower = RunFixture()
        slower.latencyFactor = 1.5
        let comparison = RunComparison(baseline: RunFixture().summary(), candidate: slower.summary(), tolerancePercent: 10)
        let p95 = try #require(comparison.rows.first { $0.metric == .durationP95 })
        #expect(p95.isRegression)
        let change = try #require(p95.changePercent)
        #expect(abs(change - 50) < 1)
        #expect(comparison.hasRegression)
    }

    @Test("two equal runs pass")
    func equalRunsPass() {
        let comparison = RunComparison(baseline: RunFixture().summary(), candidate: RunFixture().summary(), tolerancePercent: 10)
        #expect(!comparison.hasRegression)
        #expect(comparison.rows.allSatisfy { $0.changePercent == 0 })
    }

    @Test("a 50 % rise within a 60 % tolerance passes")
    func withinTolerance() {
        var slower = RunFixture()
        slower.latencyFactor = 1.5
        let comparison = RunComparison(baseline: RunFixture().summary(), candidate: slower.summary(), tolerancePercent: 60)
        #expect(!comparison.hasRegression)
    }

    @Test("throughput falling is worse, throughput rising is not")
    func throughputDirection() {
        #expect(RunComparison.row(.requestRate, baseline: 100, candidate: 80, tolerancePercent: 10).isRegression)
        #expect(!RunComparison.row(.requestRate, baseline: 100, candidate: 150, tolerancePercent: 10).isRegression)
    }

    @Test("latency falling is an improvement, not a regression")
    func latencyImprovement() {
        let row = RunComparison.row(.durationP95, baseline: 200, candidate: 100, tolerancePercent: 10)
        #expect(row.changePercent == -50)
        #expect(!row.isRegression)
    }

    @Test("failures appearing from zero count only above the noise floor")
    func failuresFromZero() {
        #expect(!RunComparison.row(.failureRate, baseline: 0, candidate: 0.0002, tolerancePercent: 10).isRegression)
        #expect(RunComparison.row(.failureRate, baseline: 0, candidate: 0.05, tolerancePercent: 10).isRegression)
    }

    @Test("the terminal table marks the regressed row and ends with the verdict")
    func textTable() {
        var slower = RunFixture()
        slower.latencyFactor = 1.5
        let text = ComparisonTextReport.render(
            RunComparison(baseline: RunFixture().summary(), candidate: slower.summary(), tolerancePercent: 10), colors: false)
        let p95Line = text.split(separator: "\n").first { $0.contains("http_req_duration p(95)") }
        #expect(p95Line?.hasSuffix("✗ regression") == true)
        #expect(text.contains("regression(s) beyond the 10% tolerance"))
    }

    @Test("Markdown and HTML renderings carry the same verdict")
    func markdownAndHTML() {
        let comparison = RunComparison(baseline: RunFixture().summary(), candidate: RunFixture().summary(), tolerancePercent: 5)
        #expect(ComparisonMarkdownReport.render(comparison).hasPrefix("## ✅ No regression beyond 5% tolerance"))
        #expect(ComparisonHTMLReport.render(comparison).contains("✓ No regression beyond 5% tolerance"))
    }
}
