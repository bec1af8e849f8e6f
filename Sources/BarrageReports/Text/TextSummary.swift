import BarrageCore

/// The end-of-test summary the CLI prints, in the spirit of k6's: thresholds first with ✓/✗ and observed
/// values, then every metric's aggregates aligned, then the per-name rows and where the reports went.
public enum TextSummary {
    /// Renders the summary; `colors` adds ANSI colours, `reportDirectory` is printed last when given.
    public static func render(_ summary: RunSummary, colors: Bool, reportDirectory: String? = nil) -> String {
        let style = TerminalStyle(colors: colors)
        var blocks: [String] = []
        if let notice = notice(summary, style: style) { blocks.append(notice) }
        if !summary.thresholds.isEmpty { blocks.append(thresholds(summary, style: style)) }
        blocks.append(metrics(summary, style: style))
        if !summary.metrics.requestNames.isEmpty { blocks.append(requestNames(summary, style: style)) }
        var verdict = "  " + (summary.isPassing ? style.green("✓ \(summary.verdictWord)") : style.red("✗ \(summary.verdictWord)"))
        if let reportDirectory { verdict += "  report: \(reportDirectory)" }
        blocks.append(verdict)
        return "\n" + blocks.joined(separator: "\n\n") + "\n"
    }

    private static func notice(_ summary: RunSummary, style: TerminalStyle) -> String? {
        var lines: [String] = []
        if summary.run.interrupted { lines.append(style.yellow("  ! run interrupted before its schedule ended")) }
        if summary.run.abortedByThreshold { lines.append(style.yellow("  ! run aborted by a threshold (abortOnFail)")) }
        if summary.run.insecure { lines.append(style.yellow("  ! TLS certificates were not verified (--insecure)")) }
        if let generator = summary.generator {
            let line = "  \(generator.isBound ? "!" : "·") \(generator.sentence)"
            lines.append(generator.isBound ? (summary.failsAsGeneratorBound ? style.red(line) : style.yellow(line)) : style.dim(line))
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    private static func heading(_ title: String, style: TerminalStyle) -> String {
        "  " + style.bold("█ \(title)")
    }

    private static func thresholds(_ summary: RunSummary, style: TerminalStyle) -> String {
        var lines = [heading("THRESHOLDS", style: style)]
        var order: [String] = []
        var bySelector: [String: [ThresholdResult]] = [:]
        for result in summary.thresholds {
            let key = result.threshold.selector.description
            if bySelector[key] == nil { order.append(key) }
            bySelector[key, default: []].append(result)
        }
        for key in order {
            lines.append("")
            lines.append("    \(key)")
            for result in bySelector[key] ?? [] {
                let line = "    \(style.mark(result.passed)) '\(result.threshold.source)' \(result.observedText)"
                lines.append(result.passed ? line : line + style.red("  (\(result.outcome.rawValue))"))
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func metrics(_ summary: RunSummary, style: TerminalStyle) -> String {
        let rows = summary.metrics.displayedMetrics
        let labels = rows.map { $0.isSubMetric ? "  \($0.label)" : $0.label }
        let nameWidth = (labels.map(\.count).max() ?? 0) + 3
        let texts = rows.map { cells(of: $0, elapsed: summary.metrics.elapsed) }
        let widths = columnWidths(rows: rows, texts: texts)
        var lines = [heading("TOTAL RESULTS", style: style), ""]
        for (index, row) in rows.enumerated() {
            let rowWidths = widths[row.aggregate.kind] ?? []
            var line = "    " + labels[index] + style.dim(String(repeating: ".", count: Swift.max(nameWidth - labels[index].count, 1))) + ":"
            for (column, cell) in texts[index].enumerated() {
                line += " " + colored(cell, style: style) + String(repeating: " ", count: Swift.max(rowWidths[column] - cell.count, 0) + 1)
            }
            lines.append(line.trailingSpacesRemoved)
        }
        return lines.joined(separator: "\n")
    }

    /// `avg=12 ms` for trends and gauges; bare values for counters and rates, with `✓ 390` / `✗ 10` counts.
    private static func cells(of row: DisplayedMetric, elapsed: Duration) -> [String] {
        row.aggregate.displayFields(metric: row.metric, elapsed: elapsed).map { field in
            switch row.aggregate {
            case .rate where field.label != "rate": "\(field.label) \(field.value)"
            case .rate, .counter: field.value
            case .trend, .gauge: "\(field.label)=\(field.value)"
            }
        }
    }

    /// The widest cell per column among rows of the same kind, so trends align with trends.
    private static func columnWidths(rows: [DisplayedMetric], texts: [[String]]) -> [MetricKind: [Int]] {
        var widths: [MetricKind: [Int]] = [:]
        for (row, cells) in zip(rows, texts) {
            var kindWidths = widths[row.aggregate.kind] ?? []
            for (index, cell) in cells.enumerated() {
                if index < kindWidths.count {
                    kindWidths[index] = Swift.max(kindWidths[index], cell.count)
                } else {
                    kindWidths.append(cell.count)
                }
            }
            widths[row.aggregate.kind] = kindWidths
        }
        return widths
    }

    private static func colored(_ cell: String, style: TerminalStyle) -> String {
        if cell.hasPrefix("✓") { return style.green(cell) }
        if cell.hasPrefix("✗") { return style.red(cell) }
        return cell
    }

    private static func requestNames(_ summary: RunSummary, style: TerminalStyle) -> String {
        let headers = ["name"] + RequestNameBreakdown.displayHeaders
        let rows = summary.metrics.requestNames.map { [$0.name] + $0.displayCells(elapsed: summary.metrics.elapsed) }
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "    " + cells.enumerated().map { $1.padded(to: widths[$0], alignRight: $0 > 0) }.joined(separator: "  ")
        }
        return ([heading("REQUESTS BY NAME", style: style), "", style.dim(line(headers))] + rows.map(line)).joined(separator: "\n")
    }
}
