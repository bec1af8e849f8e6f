import BarrageCore

/// `summary.md`: the run compact enough for a pull-request comment — verdict, thresholds, key figures,
/// the capacity finding and the per-name table.
public enum MarkdownReport {
    /// Renders the Markdown.
    public static func render(_ summary: RunSummary) -> String {
        var blocks = [heading(summary)]
        if !summary.thresholds.isEmpty {
            blocks.append("### Thresholds\n\n" + thresholdsTable(summary).render())
        }
        blocks.append("### Key figures\n\n" + keyFiguresTable(summary).render())
        if let capacity = CapacityAnalysis(summary) {
            blocks.append("### Capacity\n\n" + capacity.sentence.markdownCellEscaped)
        }
        if !summary.metrics.requestNames.isEmpty {
            blocks.append("### Requests by name\n\n" + requestNamesTable(summary).render())
        }
        let failingChecks = summary.checks.filter { $0.fails > 0 }
        if !failingChecks.isEmpty {
            let lines = failingChecks.map { "- ✗ \($0.name.markdownCellEscaped): \(ValueFormat.count($0.fails)) of \(ValueFormat.count($0.passes + $0.fails)) failed" }
            blocks.append("### Failing checks\n\n" + lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func heading(_ summary: RunSummary) -> String {
        let icon = summary.isPassing ? "✅" : "❌"
        var lines = ["## \(icon) \(summary.run.name.markdownCellEscaped): \(summary.verdictWord)", ""]
        var facts = [
            "**Target** \(summary.run.target.markdownCellEscaped)",
            "**Duration** \(ValueFormat.duration(seconds: summary.run.durationSeconds))",
            "**Started** \(summary.run.startedAt.formatted(.iso8601))",
        ]
        if summary.run.insecure { facts.append("**TLS verification off** (`--insecure`)") }
        lines.append(facts.joined(separator: " · "))
        if let generator = summary.generator, generator.isBound {
            lines.append("")
            lines.append("⚠️ **" + generator.sentence.markdownCellEscaped + "**")
        }
        return lines.joined(separator: "\n")
    }

    private static func thresholdsTable(_ summary: RunSummary) -> MarkdownTable {
        MarkdownTable(
            headers: ["", "metric", "threshold", "observed"],
            rows: summary.thresholds.map { result in
                [
                    result.passed ? "✅" : "❌", result.threshold.selector.description.markdownCode,
                    result.threshold.source.markdownCode, result.observedText.markdownCellEscaped,
                ]
            }
        )
    }

    private static func keyFiguresTable(_ summary: RunSummary) -> MarkdownTable {
        let figures = KeyFigures(summary.metrics)
        let cells: [(String, String)] = [
            ("requests", figures.requests.map(ValueFormat.number) ?? "–"),
            ("req/s", figures.requestsPerSecond.map(ValueFormat.number) ?? "–"),
            ("failed", figures.failureRate.map(ValueFormat.percent) ?? "–"),
            ("p50", figures.duration?.percentile(50).map(ValueFormat.milliseconds) ?? "–"),
            ("p95", figures.duration?.percentile(95).map(ValueFormat.milliseconds) ?? "–"),
            ("p99", figures.duration?.percentile(99).map(ValueFormat.milliseconds) ?? "–"),
            ("max", figures.duration.map { ValueFormat.milliseconds($0.max) } ?? "–"),
            ("checks", figures.checksRate.map(ValueFormat.percent) ?? "–"),
            ("max VUs", figures.maxVUs.map(ValueFormat.number) ?? "–"),
        ]
        return MarkdownTable(headers: cells.map(\.0), numericColumns: Set(cells.indices), rows: [cells.map(\.1)])
    }

    private static func requestNamesTable(_ summary: RunSummary) -> MarkdownTable {
        MarkdownTable(
            headers: ["name"] + RequestNameBreakdown.displayHeaders,
            numericColumns: Set(1...RequestNameBreakdown.displayHeaders.count),
            rows: summary.metrics.requestNames.map { row in
                [row.name.markdownCellEscaped] + row.displayCells(elapsed: summary.metrics.elapsed)
            }
        )
    }
}
