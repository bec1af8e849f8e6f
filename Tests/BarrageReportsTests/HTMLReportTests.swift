import BarrageCore
import BarrageReports
import Foundation
import Testing

@Suite("report.html")
struct HTMLReportTests {
    let html = HTMLReport.render(RunFixture().summary())

    @Test("references no external asset: no remote src, href, url() or imports")
    func selfContained() throws {
        let external = try Regex(#"(?i)(src|href)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//|@import|<link\b|<script\b"#)
        #expect(html.firstMatch(of: external) == nil)
    }

    @Test("a response body holding a script tag is shown escaped, never as markup")
    func escapesBodies() {
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;"))
    }

    @Test("every chart is an inline svg: capacity, load, latency, errors, distribution")
    func chartsAreSVG() {
        let ids = ["chart-capacity", "chart-load", "chart-latency", "chart-errors", "chart-distribution"]
        #expect(html.components(separatedBy: "<svg ").count - 1 == ids.count)
        for id in ids {
            #expect(html.contains("<svg class=\"chart\" id=\"\(id)\""))
        }
    }

    @Test("the latency chart draws the p95 threshold as a line at its bound")
    func thresholdLine() {
        #expect(html.contains(">p(95)&lt;500</text>"))
    }

    @Test("the verdict banner says the run failed and every threshold is listed with its observed value")
    func verdictAndThresholds() {
        #expect(html.contains("<header class=\"verdict fail\">"))
        #expect(html.contains("1 of 2 thresholds failed."))
        #expect(html.contains("<code>p(95)&lt;500</code>"))
        #expect(html.contains("<code>rate&lt;0.5</code>"))
        #expect(html.contains("rate=5.00%"))
    }

    @Test("the metadata names the target, version and --insecure")
    func metadata() {
        #expect(html.contains("<dd>http://127.0.0.1:8080</dd>"))
        #expect(html.contains("<dd>0.1.0-test</dd>"))
        #expect(html.contains("disabled (--insecure)"))
    }

    @Test("a run without series says so instead of drawing empty charts")
    func emptySeries() {
        var summary = RunFixture().summary()
        summary.metrics.series = []
        summary.stages = []
        let html = HTMLReport.render(summary)
        #expect(html.contains("No per-second data was recorded."))
        #expect(!html.contains("id=\"chart-latency\""))
    }
}
