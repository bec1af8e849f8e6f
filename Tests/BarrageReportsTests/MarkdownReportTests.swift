import BarrageCore
import BarrageReports
import Testing

@Suite("summary.md")
struct MarkdownReportTests {
    @Test("has a thresholds table with a row per threshold and its observed value")
    func thresholdsTable() {
        let markdown = MarkdownReport.render(RunFixture().summary())
        #expect(markdown.contains("|  | metric | threshold | observed |"))
        #expect(markdown.contains("| ❌ | `http_req_duration` | `p(95)<500` | p(95)="))
        #expect(markdown.contains("| ✅ | `http_req_failed` | `rate<0.5` | rate=5.00% |"))
    }

    @Test("leads with the verdict")
    func verdict() {
        let markdown = MarkdownReport.render(RunFixture().summary())
        #expect(markdown.hasPrefix("## ❌ checkout-load: FAILED"))
    }

    @Test("a pipe in a request name does not break the per-name table")
    func escapesPipes() {
        var fixture = RunFixture()
        fixture.requestNames = ["a|b", "login"]
        let markdown = MarkdownReport.render(fixture.summary())
        #expect(markdown.contains("| a\\|b | "))
    }

    @Test("names the capacity finding")
    func capacity() {
        let markdown = MarkdownReport.render(RunFixture().summary())
        #expect(markdown.contains("### Capacity\n\nSustained 40 req/s"))
    }
}
