/// `barrage compare` as Markdown, for the pull-request comment that gates a change on its baseline.
public enum ComparisonMarkdownReport {
    /// Renders a heading with the verdict and the comparison table.
    public static func render(_ comparison: RunComparison) -> String {
        let tolerance = ValueFormat.trimmed(comparison.tolerancePercent, digits: 2)
        let heading = comparison.hasRegression
            ? "## ❌ Regression beyond \(tolerance)% tolerance"
            : "## ✅ No regression beyond \(tolerance)% tolerance"
        let table = MarkdownTable(
            headers: ["metric", "baseline", "candidate", "change", ""],
            numericColumns: [1, 2, 3],
            rows: comparison.rows.map { row in
                [row.metric.rawValue.markdownCode, row.text(row.baseline), row.text(row.candidate), row.changeText,
                 row.isRegression ? "❌ regression" : "✅"]
            }
        )
        return [
            heading,
            "Baseline: \(comparison.baselineName.markdownCellEscaped)  \nCandidate: \(comparison.candidateName.markdownCellEscaped)",
            table.render(),
        ].joined(separator: "\n\n") + "\n"
    }
}
