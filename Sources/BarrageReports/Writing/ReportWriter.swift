import BarrageCore
import Foundation

/// Writes a run folder: `summary.json` plus every report rendered from it, each file atomically, after
/// removing secrets. The only part of the module that touches the disk; the renderers stay pure.
public struct ReportWriter: Sendable {
    /// What to remove before anything is written.
    public var redaction: Redaction

    /// A writer applying `redaction` (by default only header-like credentials).
    public init(redaction: Redaction = Redaction()) {
        self.redaction = redaction
    }

    /// Creates `directory` if needed and writes every ``ReportFile`` into it; returns their URLs in
    /// ``ReportFile`` order. Re-rendering an existing folder (`barrage report`) replaces the files.
    @discardableResult
    public func writeAll(_ summary: RunSummary, to directory: URL) throws(ReportWriteError) -> [URL] {
        try ReportFolder.create(directory)
        let redacted = redaction.redact(summary)
        var written: [URL] = []
        for file in ReportFile.allCases {
            let url = directory.appendingPathComponent(file.rawValue)
            try AtomicFile.write(try Self.contents(of: file, for: redacted), to: url)
            written.append(url)
        }
        return written
    }

    /// The bytes of one report file.
    static func contents(of file: ReportFile, for summary: RunSummary) throws(ReportWriteError) -> Data {
        switch file {
        case .summaryJSON: try summary.encodedJSON()
        case .html: Data(HTMLReport.render(summary).utf8)
        case .junit: Data(JUnitReport.render(summary).utf8)
        case .markdown: Data(MarkdownReport.render(summary).utf8)
        case .timeSeriesCSV: Data(TimeSeriesCSV.render(summary).utf8)
        }
    }
}
