import BarrageCore

extension HTMLReport {
    /// VUs and arrival targets against achieved throughput, with stages shaded.
    static func loadSection(_ summary: RunSummary) -> String? {
        chartSection(
            id: "load", title: "Load profile", chart: RunCharts.load(summary), summary: summary,
            caption: "Active VUs (left axis) against requests and iterations completed per second (right axis); dashed lines are what the stages asked for. Shaded bands are stages.")
    }

    /// Latency percentiles over time with threshold lines.
    static func latencySection(_ summary: RunSummary) -> String? {
        chartSection(
            id: "latency", title: "Latency over time", chart: RunCharts.latency(summary), summary: summary,
            caption: "http_req_duration per second: p50, p90, p95, p99 and max. Dashed red lines are http_req_duration thresholds.")
    }

    /// Failures over time.
    static func errorsSection(_ summary: RunSummary) -> String? {
        chartSection(
            id: "errors", title: "Errors over time", chart: RunCharts.errors(summary), summary: summary,
            caption: "Failed requests per second (plus dropped iterations and failed checks when there were any). Error categories of individual failures are listed with the error samples below.")
    }

    private static func chartSection(id: String, title: String, chart: LineChart, summary: RunSummary, caption: String) -> String {
        guard chart.hasData else {
            return HTMLPage.section(id: id, title: title, HTMLPage.paragraph("No per-second data was recorded.", class: "note"))
        }
        var content = HTMLPage.figure(chart.svg(id: "chart-\(id)"), caption: caption)
        if summary.metrics.isSeriesTruncated {
            content += "\n" + HTMLPage.paragraph("The run outlasted the per-second series limit; later seconds are missing from this chart but count in every total.", class: "note")
        }
        return HTMLPage.section(id: id, title: title, content)
    }

    /// The latency histogram and its percentile ladder.
    static func distributionSection(_ summary: RunSummary) -> String? {
        guard case .trend(let trend)? = summary.metrics.metrics[BuiltinMetric.httpReqDuration.name],
            let distribution = LatencyDistribution(trend)
        else { return nil }
        let chart = RunCharts.distribution(distribution)
        let ladder = HTMLTable(
            headers: distribution.ladder.map { $0.percentile >= 100 ? "max" : "p\(ValueFormat.trimmed($0.percentile, digits: 2))" },
            numericColumns: Set(distribution.ladder.indices),
            rows: [HTMLTable.Row(cells: distribution.ladder.map { .number(ValueFormat.milliseconds($0.value)) })]
        )
        let content =
            HTMLPage.figure(
                chart.svg(id: "chart-distribution"),
                caption: "Share of \(ValueFormat.count(distribution.count)) requests per latency bucket; the last bar collects everything slower than p99.5.")
            + "\n" + ladder.render()
        return HTMLPage.section(id: "distribution", title: "Latency distribution", content)
    }
}
