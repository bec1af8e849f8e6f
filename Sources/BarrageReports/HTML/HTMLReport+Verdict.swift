import BarrageCore
import Foundation

extension HTMLReport {
    /// The banner a reader sees first: passed or failed, why, and the capacity finding if there is one.
    static func verdictBanner(_ summary: RunSummary, capacity: CapacityAnalysis?) -> String {
        let passing = summary.isPassing
        var reasons: [String] = []
        let failed = summary.thresholds.filter { !$0.passed }.count
        if summary.thresholds.isEmpty {
            reasons.append("No thresholds were defined.")
        } else if failed > 0 {
            reasons.append("\(failed) of \(summary.thresholds.count) thresholds failed.")
        } else {
            reasons.append("All \(summary.thresholds.count) thresholds held.")
        }
        if summary.run.interrupted { reasons.append("The run was interrupted before its schedule ended.") }
        if summary.run.abortedByThreshold { reasons.append("The run was aborted by a threshold marked abortOnFail.") }
        if summary.failsAsGeneratorBound { reasons.append("Barrage itself was the bottleneck (--fail-on-generator-bound).") }
        let started = summary.run.startedAt.formatted(.iso8601)
        let subtitle = "\(summary.run.target) · started \(started) · \(ValueFormat.duration(seconds: summary.run.durationSeconds))"
        var html = "<header class=\"verdict \(passing ? "pass" : "fail")\">\n"
        html += "<h1>\(passing ? "✓" : "✗") \(summary.verdictWord.htmlEscaped) — \(summary.run.name.htmlEscaped)</h1>\n"
        html += HTMLPage.paragraph(subtitle, class: "note") + "\n"
        html += HTMLPage.paragraph(reasons.joined(separator: " "), class: "reasons") + "\n"
        if let generator = summary.generator {
            html += HTMLPage.paragraph(generator.sentence, class: generator.isBound ? "generator-bound" : "note") + "\n"
        }
        if let capacity {
            html += HTMLPage.paragraph(capacity.sentence, class: "capacity") + "\n"
        }
        return html + "</header>"
    }

    /// Every threshold with its observed value, failed ones highlighted.
    static func thresholdsSection(_ summary: RunSummary) -> String? {
        guard !summary.thresholds.isEmpty else { return nil }
        let table = HTMLTable(
            headers: ["", "metric", "threshold", "observed", "outcome"],
            rows: summary.thresholds.map { result in
                let outcome = result.threshold.abortOnFail ? "\(result.outcome.rawValue) (abortOnFail)" : result.outcome.rawValue
                return HTMLTable.Row(
                    cells: [
                        .mark(result.passed),
                        .code(result.threshold.selector.description),
                        .code(result.threshold.source),
                        .text(result.observedText),
                        .text(outcome),
                    ], cssClass: result.passed ? nil : "fail")
            }
        )
        return HTMLPage.section(id: "thresholds", title: "Thresholds", table.render())
    }

    /// Throughput plotted against latency per stage; the finding itself is in the banner.
    static func capacitySection(_ capacity: CapacityAnalysis?) -> String? {
        guard let capacity else { return nil }
        var content = ""
        let chart = RunCharts.capacity(capacity)
        if chart.hasData {
            content += HTMLPage.figure(
                chart.svg(id: "chart-capacity"),
                caption: "Each point is one stage (S1, S2, …), placed by the throughput it achieved and its latency; where the line turns upward the service stops keeping up.")
        }
        if !capacity.unjudgedThresholds.isEmpty {
            let names = capacity.unjudgedThresholds.map { "\($0.selector) \($0.source)" }.joined(separator: ", ")
            content += "\n" + HTMLPage.paragraph("Not judged per stage (a stage cannot yield them): \(names).", class: "note")
        }
        content += "\n" + HTMLPage.paragraph("Stage percentiles come from each stage's own HDR histogram of the requests sent during it.", class: "note")
        return HTMLPage.section(id: "capacity", title: "Capacity", content)
    }
}
