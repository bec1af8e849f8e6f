import BarrageCore

extension HTMLReport {
    /// Per stage: offered load, achieved throughput, p95/p99, error rate and whether the thresholds held.
    static func stagesSection(_ summary: RunSummary, capacity: CapacityAnalysis?) -> String? {
        guard !summary.stages.isEmpty else { return nil }
        let statistics = StageStatistics.all(in: summary)
        let verdicts = capacity?.verdicts ?? []
        let table = HTMLTable(
            headers: ["stage", "scenario", "window", "offered load", "achieved load", "max VUs", "requests/s", "iterations/s", "p95", "p99", "error rate", "thresholds"],
            numericColumns: [4, 5, 6, 7, 8, 9, 10],
            rows: statistics.map { stage in
                let verdict = verdicts.first { $0.stage.window == stage.window }
                let held: HTMLTable.Cell =
                    switch verdict {
                    case let verdict? where verdict.judgements.isEmpty: .text("–")
                    case let verdict?: .mark(verdict.held, verdict.held ? "✓ held" : "✗ " + verdict.failures.map(\.threshold.source).joined(separator: ", "))
                    case nil: .text("–")
                    }
                return HTMLTable.Row(
                    cells: [
                        .text(stage.window.shortName),
                        .text(stage.window.scenario),
                        .text(stage.window.clockRange, class: "nowrap"),
                        .text(stage.window.offeredLoadText, class: "nowrap"),
                        .number(stage.achievedLoadText),
                        .number(stage.maxVUs.map(ValueFormat.number) ?? "–"),
                        .number(stage.requestsPerSecond.map(ValueFormat.number) ?? "–"),
                        .number(stage.iterationsPerSecond.map(ValueFormat.number) ?? "–"),
                        .number(stage.latency?.percentile(95).map(ValueFormat.milliseconds) ?? "–"),
                        .number(stage.latency?.percentile(99).map(ValueFormat.milliseconds) ?? "–"),
                        .number(stage.errorRate.map(ValueFormat.percent) ?? "–"),
                        held,
                    ], cssClass: verdict.map { $0.held ? nil : "fail" } ?? nil)
            }
        )
        let note = HTMLPage.paragraph(
            "p95, p99, requests/s and error rate are those of the requests sent during each stage, from the stage's own HDR histogram (the last stage also holds requests of iterations finishing within gracefulStop). Achieved load is the iterations that actually started per second against the arrival rate asked for. VUs and iterations/s come from the per-second series within the stage.",
            class: "note")
        return HTMLPage.section(id: "stages", title: "Stages", table.render() + "\n" + note)
    }

    /// One row per request name.
    static func requestNamesSection(_ summary: RunSummary) -> String? {
        guard !summary.metrics.requestNames.isEmpty else { return nil }
        let table = HTMLTable(
            headers: ["name"] + RequestNameBreakdown.displayHeaders,
            numericColumns: Set(1...RequestNameBreakdown.displayHeaders.count),
            rows: summary.metrics.requestNames.map { row in
                let failing = (row.failed.rate ?? 0) > 0
                return HTMLTable.Row(
                    cells: [.text(row.name)] + row.displayCells(elapsed: summary.metrics.elapsed).map { .number($0) },
                    cssClass: failing ? "fail" : nil
                )
            }
        )
        return HTMLPage.section(id: "requests", title: "Requests by name", table.render())
    }

    /// Every check with its pass and fail counts.
    static func checksSection(_ summary: RunSummary) -> String? {
        guard !summary.checks.isEmpty else { return nil }
        let table = HTMLTable(
            headers: ["", "check", "passed", "failed", "pass rate"],
            numericColumns: [2, 3, 4],
            rows: summary.checks.map { check in
                let total = check.passes + check.fails
                let rate = total > 0 ? ValueFormat.percent(Double(check.passes) / Double(total)) : "–"
                return HTMLTable.Row(
                    cells: [
                        .mark(check.fails == 0),
                        .text(check.name),
                        .number(ValueFormat.count(check.passes)),
                        .number(ValueFormat.count(check.fails)),
                        .number(rate),
                    ], cssClass: check.fails == 0 ? nil : "fail")
            }
        )
        return HTMLPage.section(id: "checks", title: "Checks", table.render())
    }

    /// Every metric's aggregates, as the terminal summary shows them.
    static func metricsSection(_ summary: RunSummary) -> String? {
        let rows = summary.metrics.displayedMetrics
        guard !rows.isEmpty else { return nil }
        let table = HTMLTable(
            headers: ["metric", "values"],
            rows: rows.map { row in
                let fields = row.aggregate.displayFields(metric: row.metric, elapsed: summary.metrics.elapsed)
                let text = fields.map { $0.label == "✓" || $0.label == "✗" ? "\($0.label) \($0.value)" : "\($0.label)=\($0.value)" }
                return HTMLTable.Row(cells: [.text(row.label), .text(text.joined(separator: "  "))], cssClass: row.isSubMetric ? "sub" : nil)
            }
        )
        return HTMLPage.section(id: "metrics", title: "All metrics", table.render())
    }
}
