/// `barrage compare` in the terminal: an aligned table with regressions marked in red.
public enum ComparisonTextReport {
    /// Renders the table and a closing verdict line.
    public static func render(_ comparison: RunComparison, colors: Bool) -> String {
        let style = TerminalStyle(colors: colors)
        let headers = ["metric", "baseline", "candidate", "change", ""]
        let rows = comparison.rows.map { row in
            [row.metric.rawValue, row.text(row.baseline), row.text(row.candidate), row.changeText, row.isRegression ? "✗ regression" : "✓"]
        }
        let widths = headers.indices.map { column in
            ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            "  " + cells.enumerated().map { $1.padded(to: widths[$0], alignRight: $0 > 0 && $0 < 4) }.joined(separator: "  ")
        }
        var lines = [
            "  baseline:  \(comparison.baselineName)",
            "  candidate: \(comparison.candidateName)",
            "",
            style.dim(line(headers).trailingSpacesRemoved),
        ]
        for (row, cells) in zip(comparison.rows, rows) {
            let text = line(cells).trailingSpacesRemoved
            lines.append(row.isRegression ? style.red(text) : text)
        }
        lines.append("")
        let tolerance = ValueFormat.trimmed(comparison.tolerancePercent, digits: 2)
        if comparison.hasRegression {
            let count = comparison.rows.filter(\.isRegression).count
            lines.append("  " + style.red("✗ \(count) regression(s) beyond the \(tolerance)% tolerance"))
        } else {
            lines.append("  " + style.green("✓ no regression beyond the \(tolerance)% tolerance"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
