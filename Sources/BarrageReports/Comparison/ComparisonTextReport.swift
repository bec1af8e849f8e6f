/// `barrage compare` in the terminal: an aligned table with regressions marked in red and the reason for
/// every decision beneath its row.
public enum ComparisonTextReport {
    /// Renders the table and a closing verdict line.
    public static func render(_ comparison: RunComparison, colors: Bool) -> String {
        let style = TerminalStyle(colors: colors)
        let headers = ["metric", "baseline", "candidate", "change", ""]
        let rows = comparison.rows.map { row in
            [row.metric.rawValue, row.text(row.baseline), row.text(row.candidate), row.changeText, row.mark]
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
            lines.append(style.dim("      " + row.reason))
        }
        lines.append("")
        if comparison.hasRegression || !comparison.undecided.isEmpty {
            lines.append("  " + style.red("✗ " + comparison.verdictText))
        } else {
            lines.append("  " + style.green("✓ " + comparison.verdictText))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
