import BarrageCore

extension RequestNameBreakdown {
    /// The per-name table's cells after the name: count, rate, failure rate, avg, p50, p90, p95, p99, max.
    func displayCells(elapsed: Duration) -> [String] {
        let latency = [
            duration.average, duration.percentile(50), duration.percentile(90), duration.percentile(95),
            duration.percentile(99), duration.sampleCount > 0 ? duration.max : nil,
        ]
        return [
            ValueFormat.number(requests.sum),
            requests.ratePerSecond(over: elapsed).map { ValueFormat.number($0) + "/s" } ?? "–",
            failed.rate.map(ValueFormat.percent) ?? "–",
        ] + latency.map { $0.map(ValueFormat.milliseconds) ?? "–" }
    }

    /// Column titles matching ``displayCells(elapsed:)``, after the name column.
    static let displayHeaders = ["count", "rate", "failed", "avg", "p50", "p90", "p95", "p99", "max"]
}
