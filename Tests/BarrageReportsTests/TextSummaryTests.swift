import BarrageCore
import BarrageReports
import Testing

@Suite("Terminal summary")
struct TextSummaryTests {
    let summary = RunFixture().summary()

    @Test("thresholds come first with their mark and observed value")
    func thresholdsFirst() throws {
        let text = TextSummary.render(summary, colors: false)
        let thresholds = try #require(text.range(of: "THRESHOLDS"))
        let totals = try #require(text.range(of: "TOTAL RESULTS"))
        #expect(thresholds.lowerBound < totals.lowerBound)
        #expect(text.contains("✗ 'p(95)<500' p(95)="))
        #expect(text.contains("✓ 'rate<0.5' rate=5.00%"))
    }

    @Test("each metric shows its kind's aggregates")
    func metricLines() {
        let lines = TextSummary.render(summary, colors: false).split(separator: "\n")
        let duration = lines.first { $0.contains("http_req_duration...") }
        #expect(duration?.contains("avg=") == true && duration?.contains("p(95)=") == true)
        let requests = lines.first { $0.contains("http_reqs...") }
        // 480 requests over the 13 s the fixture lasts (12 s of stages, then its slowest requests finish).
        #expect(requests?.contains("480") == true && requests?.contains("36.9/s") == true, "\(requests ?? "")")
        let checks = lines.first { $0.contains("checks...") }
        #expect(checks?.contains("✓ 456") == true && checks?.contains("✗ 24") == true)
        let vus = lines.first { $0.contains("vus...") }
        #expect(vus?.contains("value=40") == true && vus?.contains("min=10") == true)
    }

    @Test("per-name rows and the report folder close the summary")
    func namesAndPath() {
        let text = TextSummary.render(summary, colors: false, reportDirectory: "reports/checkout-load-20260921T141320Z")
        #expect(text.contains("REQUESTS BY NAME"))
        #expect(text.contains("    login "))
        #expect(text.contains("report: reports/checkout-load-20260921T141320Z"))
    }

    @Test("colours are ANSI escapes only when asked for")
    func colours() {
        #expect(!TextSummary.render(summary, colors: false).contains("\u{1B}["))
        #expect(TextSummary.render(summary, colors: true).contains("\u{1B}[31m✗"))
    }
}
