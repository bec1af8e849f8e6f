/// `barrage compare` as Markdown, for the pull-request comment that gates a change on its baseline.
public enum ComparisonMarkdownReport {
    /// Renders a heading with the verdict and the comparison table with each decision's reason.
    public static func render(_ comparison: RunComparison) -> String {
        let heading = comparison.passes ? "## ✅ " + comparison.verdictText.capitalizedFirst : "## ❌ " + comparison.verdictText.capitalizedFirst
        let table = MarkdownTable(
            headers: ["metric", "baseline", "candidate", "change", "", "why"],
            numericColumns: [1, 2, 3],
            rows: comparison.rows.map { row in
                [
                    row.metric.rawValue.markdownCode, row.text(row.baseline), row.text(row.candidate), row.changeText,
                    row.isRegression ? "❌ regression" : (row.outcome == .undecided ? "❔ undecided" : (row.outcome == .passed ? "✅" : "·")),
                    row.reason.markdownCellEscaped,
                ]
            }
        )
        return [
            heading,
            "Baseline: \(comparison.baselineName.markdownCellEscaped)  \nCandidate: \(comparison.candidateName.markdownCellEscaped)",
            table.render(),
        ].joined(separator: "\n\n") + "\n"
    }
}

extension String {
    /// The text with its first letter in upper case, for headings built from sentences.
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }
}
