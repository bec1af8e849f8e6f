import BarrageCore
import BarrageReports
import Testing

@Suite("timeseries.csv")
struct TimeSeriesCSVTests {
    private func lines(_ summary: RunSummary) -> [String] {
        TimeSeriesCSV.render(summary).split(separator: "\n").map(String.init)
    }

    @Test("the header names the declared columns")
    func header() {
        let header = lines(RunFixture().summary()).first?.split(separator: ",").map(String.init)
        #expect(header == TimeSeriesCSV.columns)
        #expect(TimeSeriesCSV.columns.contains("latency_p95_ms"))
    }

    @Test("there is one row per second, each with every column")
    func rowPerSecond() {
        let summary = RunFixture().summary()
        let rows = lines(summary).dropFirst()
        #expect(rows.count == summary.metrics.series.count)
        #expect(rows.count == RunFixture().seconds + RunFixture().tailSeconds)
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == TimeSeriesCSV.columns.count })
    }

    @Test("a row carries that second's requests and load")
    func rowValues() throws {
        // Second 11, the last of the stages (the tail seconds after it hold the slow requests finishing late).
        let rows = Array(lines(RunFixture().summary()).dropFirst())
        let row = try #require(rows.count > 11 ? rows[11].split(separator: ",", omittingEmptySubsequences: false) : nil)
        let cell = { (column: String) in String(row[TimeSeriesCSV.columns.firstIndex(of: column)!]) }
        #expect(cell("second") == "11")
        #expect(cell("requests") == "60")
        #expect(cell("failures") == "6")
        #expect(cell("vus") == "40")
        #expect(cell("time") == "2026-09-21T14:13:31Z")
    }
}
