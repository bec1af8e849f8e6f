import BarrageCore
import Foundation

/// `timeseries.csv`: one row per second of the run with every per-second aggregate, for spreadsheets and
/// plotting tools. Empty cells mean "no value" (a second without requests has no latency).
public enum TimeSeriesCSV {
    /// The columns, in order; part of the file's contract, so new columns are only ever appended.
    public static let columns = [
        "second", "time", "vus", "vus_max", "requests", "failures", "failure_rate",
        "iterations", "dropped_iterations",
        "latency_count", "latency_min_ms", "latency_avg_ms", "latency_p50_ms", "latency_p90_ms",
        "latency_p95_ms", "latency_p99_ms", "latency_max_ms",
        "data_sent_bytes", "data_received_bytes", "checks_passed", "checks_failed",
    ]

    /// Renders the header and one line per second of the summary's series.
    public static func render(_ summary: RunSummary) -> String {
        var lines = [columns.joined(separator: ",")]
        let start = summary.run.startedAt
        for point in summary.metrics.series {
            let time = start.addingTimeInterval(Double(point.second)).formatted(.iso8601)
            let latency = point.latency
            let cells: [String] = [
                "\(point.second)",
                time,
                number(point.vus),
                number(point.vusMax),
                "\(point.requests)",
                "\(point.failures)",
                point.requests > 0 ? number(Double(point.failures) / Double(point.requests)) : "",
                "\(point.iterations)",
                "\(point.droppedIterations)",
                latency.map { "\($0.count)" } ?? "0",
                number(latency?.min),
                number(latency?.avg),
                number(latency?.p50),
                number(latency?.p90),
                number(latency?.p95),
                number(latency?.p99),
                number(latency?.max),
                "\(point.dataSent)",
                "\(point.dataReceived)",
                "\(point.checksPassed)",
                "\(point.checksFailed)",
            ]
            lines.append(cells.map(\.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Up to three decimals with a dot, no grouping: what every spreadsheet parses.
    private static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
