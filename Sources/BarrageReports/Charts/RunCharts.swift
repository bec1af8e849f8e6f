import BarrageCore

/// The charts of a run, built from its summary as plain models: what `report.html` draws. Kept apart from
/// drawing so the choice of series, bands and threshold lines is testable without parsing SVG.
enum RunCharts {
    /// Stage windows as shaded bands labelled `S1 0 → 50 vus` (prefixed by the scenario when there are several).
    static func stageBands(_ summary: RunSummary) -> [ChartBand] {
        let scenarios = Set(summary.stages.map(\.scenario))
        return summary.stages.map { window in
            let name = scenarios.count > 1 ? "\(window.scenario) \(window.shortName)" : window.shortName
            return ChartBand(start: window.start.seconds, end: window.end.seconds, label: "\(name) \(window.offeredLoadText)")
        }
    }

    /// Where a second is plotted: at its middle, so the point sits inside the second it summarises and
    /// the last one does not fall short of the run's end.
    private static func middle(of point: TimeSeriesPoint) -> Double {
        Double(point.second) + 0.5
    }

    /// The full run length on the x axis, even when the last seconds are quiet.
    static func timeDomain(_ summary: RunSummary) -> ClosedRange<Double> {
        0...Swift.max(summary.metrics.elapsed.seconds, Double(summary.metrics.series.count), 1)
    }

    /// Load over time: active VUs (and what the stages asked for) against achieved requests per second.
    static func load(_ summary: RunSummary) -> LineChart {
        let series = summary.metrics.series
        var lines = [
            ChartSeries(name: "VUs", color: ChartPalette.vus, points: series.map { ChartPoint(x: middle(of: $0), y: $0.vus) }),
            ChartSeries(
                name: "requests/s", color: ChartPalette.throughput,
                points: series.map { ChartPoint(x: middle(of: $0), y: Double($0.requests)) }, axis: .right),
        ]
        let arrivalStages = summary.stages.filter { $0.unit != "vus" }
        if !arrivalStages.isEmpty {
            lines.append(
                ChartSeries(
                    name: "iterations/s", color: ChartPalette.p90,
                    points: series.map { ChartPoint(x: middle(of: $0), y: Double($0.iterations)) }, axis: .right))
            lines.append(ChartSeries(name: "target iterations/s", color: ChartPalette.p90, points: targetPoints(arrivalStages), axis: .right, isDashed: true))
        }
        let vuStages = summary.stages.filter { $0.unit == "vus" }
        if !vuStages.isEmpty {
            lines.append(ChartSeries(name: "target VUs", color: ChartPalette.vus, points: targetPoints(vuStages), isDashed: true))
        }
        return LineChart(
            title: "Load profile: virtual users against achieved throughput",
            xAxis: AxisSpec(label: "elapsed time (m:ss)", format: .clock),
            leftAxis: AxisSpec(label: "virtual users", format: .number),
            rightAxis: AxisSpec(label: "per second", format: .number),
            series: lines,
            bands: stageBands(summary),
            xDomain: timeDomain(summary)
        )
    }

    /// The stages' targets as a piecewise-linear line, one scenario after another.
    private static func targetPoints(_ stages: [StageWindow]) -> [ChartPoint] {
        var points: [ChartPoint] = []
        for (index, stage) in stages.enumerated() {
            if index > 0, stages[index - 1].scenario != stage.scenario {
                points.append(ChartPoint(x: stage.start.seconds, y: nil))
            }
            points.append(ChartPoint(x: stage.start.seconds, y: stage.fromTarget))
            points.append(ChartPoint(x: stage.end.seconds, y: stage.toTarget))
        }
        return points
    }

    /// Latency percentiles per second, with a line for each `http_req_duration` threshold bound.
    static func latency(_ summary: RunSummary) -> LineChart {
        let series = summary.metrics.series
        func line(_ name: String, _ color: String, dashed: Bool = false, _ value: (LatencySummary) -> Double) -> ChartSeries {
            ChartSeries(name: name, color: color, points: series.map { ChartPoint(x: middle(of: $0), y: $0.latency.map(value)) }, isDashed: dashed)
        }
        let rules = durationRules(summary.thresholds.map(\.threshold))
        return LineChart(
            title: "Latency percentiles per second (http_req_duration)",
            xAxis: AxisSpec(label: "elapsed time (m:ss)", format: .clock),
            leftAxis: AxisSpec(label: "latency (ms)", format: .number),
            series: [
                line("p50", ChartPalette.p50) { $0.p50 },
                line("p90", ChartPalette.p90) { $0.p90 },
                line("p95", ChartPalette.p95) { $0.p95 },
                line("p99", ChartPalette.p99) { $0.p99 },
                line("max", ChartPalette.max, dashed: true) { $0.max },
            ],
            bands: stageBands(summary),
            rules: rules,
            leftCeiling: latencyCeiling(series.compactMap(\.latency), rules: rules),
            xDomain: timeDomain(summary)
        )
    }

    /// A line per `http_req_duration` threshold at its bound, labelled by its expression (and tag filters).
    private static func durationRules(_ thresholds: [Threshold]) -> [ChartRule] {
        thresholds
            .filter { $0.selector.metric == BuiltinMetric.httpReqDuration.name }
            .map { threshold in
                let label = threshold.selector.isSubMetric ? "\(threshold.selector.filters) \(threshold.source)" : threshold.source
                return ChartRule(value: threshold.expression.bound, label: label, color: ChartPalette.threshold)
            }
    }

    /// The top of the latency axis: high enough for the typical p99 and every threshold line, but not for
    /// a few outlier seconds (or the max line), which would flatten everything else; those are cut off.
    private static func latencyCeiling(_ seconds: [LatencySummary], rules: [ChartRule]) -> Double {
        let p99s = seconds.map(\.p99).sorted()
        let typicalP99 = p99s.isEmpty ? 0 : p99s[Int(Double(p99s.count - 1) * 0.9)]
        let p95Peak = seconds.map(\.p95).max() ?? 0
        let rulePeak = rules.map(\.value).max() ?? 0
        return Swift.max(typicalP99 * 1.5, p95Peak * 1.1, rulePeak * 1.3)
    }

    /// Failures per second: failed requests (by category when there were any, the five most frequent
    /// named, the rest together), dropped iterations and failed checks when there were any.
    static func errors(_ summary: RunSummary) -> LineChart {
        let series = summary.metrics.series
        func line(_ name: String, _ color: String, _ value: (TimeSeriesPoint) -> UInt64) -> ChartSeries {
            ChartSeries(name: name, color: color, points: series.map { ChartPoint(x: middle(of: $0), y: Double(value($0))) })
        }
        var totals: [String: UInt64] = [:]
        for point in series {
            for (category, count) in point.failuresByCategory ?? [:] { totals[category, default: 0] += count }
        }
        let named = totals.sorted { $0.value == $1.value ? $0.key < $1.key : $0.value > $1.value }.prefix(5).map(\.key)
        var lines: [ChartSeries]
        if named.isEmpty {
            lines = [line("failed requests/s", ChartPalette.failures) { $0.failures }]
        } else {
            lines = named.enumerated().map { index, category in
                line("failed: \(category)", ChartPalette.categories[index % ChartPalette.categories.count]) {
                    $0.failuresByCategory?[category] ?? 0
                }
            }
            if totals.count > named.count {
                lines.append(
                    line("failed: other", ChartPalette.max) { point in
                        (point.failuresByCategory ?? [:]).filter { !named.contains($0.key) }.values.reduce(0, +)
                    })
            }
        }
        if series.contains(where: { $0.droppedIterations > 0 }) {
            lines.append(line("dropped iterations/s", ChartPalette.dropped) { $0.droppedIterations })
        }
        if series.contains(where: { $0.checksFailed > 0 }) {
            lines.append(line("failed checks/s", ChartPalette.checkFailures) { $0.checksFailed })
        }
        return LineChart(
            title: "Errors per second",
            xAxis: AxisSpec(label: "elapsed time (m:ss)", format: .clock),
            leftAxis: AxisSpec(label: "count per second", format: .number),
            series: lines,
            bands: stageBands(summary),
            xDomain: timeDomain(summary)
        )
    }

    /// Throughput against latency per stage, in load order: where the curve bends upward is the knee.
    static func capacity(_ analysis: CapacityAnalysis) -> LineChart {
        let ordered = analysis.verdicts.sorted { $0.stage.offeredLoad < $1.stage.offeredLoad }
        func line(_ name: String, _ color: String, labelled: Bool, _ percentile: Double) -> ChartSeries {
            ChartSeries(
                name: name, color: color,
                points: ordered.compactMap { verdict in
                    verdict.stage.requestsPerSecond.map { rate in
                        ChartPoint(x: rate, y: verdict.stage.latency?.percentile(percentile), label: labelled ? verdict.stage.window.shortName : nil)
                    }
                }, showsMarkers: true)
        }
        return LineChart(
            title: "Throughput against latency per stage",
            xAxis: AxisSpec(label: "achieved throughput (requests/s)", format: .number),
            leftAxis: AxisSpec(label: "latency (ms)", format: .number),
            series: [line("p95", ChartPalette.p95, labelled: true, 95), line("p99", ChartPalette.p99, labelled: false, 99)],
            rules: durationRules(analysis.verdicts.first?.judgements.map(\.threshold) ?? [])
        )
    }

    /// The latency distribution as bars of the share of requests per bucket.
    static func distribution(_ distribution: LatencyDistribution) -> BarChart {
        BarChart(
            title: "Latency distribution (http_req_duration)",
            xLabel: "latency bucket (ms)",
            yAxis: AxisSpec(label: "share of requests", format: .percent),
            bars: distribution.buckets.map { bucket in
                let lower = ValueFormat.number(bucket.lower)
                let label = bucket.isOpenEnded ? "≥\(lower)" : "\(lower)–\(ValueFormat.number(bucket.upper))"
                return ChartBar(label: label, value: bucket.share)
            }
        )
    }
}
