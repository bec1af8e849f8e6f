/// `barrage compare` as a self-contained HTML page, styled like `report.html`.
public enum ComparisonHTMLReport {
    /// Renders the page.
    public static func render(_ comparison: RunComparison) -> String {
        let passes = comparison.passes
        let banner =
            "<header class=\"verdict \(passes ? "pass" : "fail")\">\n"
            + "<h1>\(passes ? "✓" : "✗") \(comparison.verdictText.capitalizedFirst.htmlEscaped)</h1>\n"
            + HTMLPage.paragraph("Baseline: \(comparison.baselineName)", class: "note") + "\n"
            + HTMLPage.paragraph("Candidate: \(comparison.candidateName)", class: "note") + "\n</header>"
        let table = HTMLTable(
            headers: ["metric", "baseline", "candidate", "change", "", "why"],
            numericColumns: [1, 2, 3],
            rows: comparison.rows.map { row in
                HTMLTable.Row(
                    cells: [
                        .code(row.metric.rawValue),
                        .number(row.text(row.baseline)),
                        .number(row.text(row.candidate)),
                        .number(row.changeText),
                        row.outcome == .passed || row.isRegression ? .mark(!row.isRegression, row.mark) : .text(row.mark),
                        .text(row.reason),
                    ], cssClass: row.isRegression ? "fail" : nil)
            }
        )
        let body = banner + "\n" + HTMLPage.section(id: "comparison", title: "Key figures", table.render())
        return HTMLPage.document(title: "Barrage comparison", body: body)
    }
}
