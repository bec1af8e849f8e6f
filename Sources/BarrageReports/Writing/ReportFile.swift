/// The files of a run folder, named once so the writer, `barrage report` and CI scripts agree.
public enum ReportFile: String, Sendable, CaseIterable {
    /// The machine-readable summary every other file is rendered from.
    case summaryJSON = "summary.json"
    /// The self-contained HTML report.
    case html = "report.html"
    /// The JUnit XML for CI.
    case junit = "junit.xml"
    /// The Markdown summary for pull requests.
    case markdown = "summary.md"
    /// The per-second series for spreadsheets.
    case timeSeriesCSV = "timeseries.csv"
}
