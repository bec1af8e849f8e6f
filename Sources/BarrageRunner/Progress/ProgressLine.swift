import BarrageCore
import Foundation

/// What the live progress shows at one moment. Building the text is pure, so its layout is
/// tested without a terminal.
struct ProgressLine: Sendable, Equatable {
    var elapsed: Duration
    var total: Duration
    /// For example `browse 2/3`, the stage the first active staged scenario is in.
    var stage: String?
    var activeVUs: Int
    var allocatedVUs: Int
    var requestsPerSecond: Double
    /// p95 of `http_req_duration` so far, in milliseconds.
    var p95: Double?
    /// `http_req_failed` rate so far.
    var errorRate: Double?
    /// Thresholds failing on the data so far.
    var failingThresholds: Int
    var stopping: Bool

    /// The line's text: elapsed/total with a bar, stage, VUs, throughput, latency, errors and a
    /// threshold mark. `barWidth` 0 leaves the bar out (plain log lines).
    func render(barWidth: Int) -> String {
        var parts: [String] = []
        let fraction = total > .zero ? min(1, max(0, elapsed.seconds / total.seconds)) : 0
        if barWidth > 0 {
            let filled = Int((Double(barWidth) * fraction).rounded(.down))
            parts.append("[" + String(repeating: "=", count: filled) + String(repeating: " ", count: barWidth - filled) + "]")
        }
        parts.append("\(Self.clock(elapsed))/\(Self.clock(total))")
        if let stage { parts.append("stage \(stage)") }
        parts.append("VUs \(activeVUs)/\(allocatedVUs)")
        parts.append(String(format: "%.1f req/s", requestsPerSecond))
        parts.append("p95 " + (p95.map(Self.milliseconds) ?? "–"))
        parts.append("errors " + (errorRate.map { String(format: "%.2f%%", $0 * 100) } ?? "–"))
        parts.append(failingThresholds == 0 ? "✓ thresholds" : "✗ \(failingThresholds) threshold\(failingThresholds == 1 ? "" : "s") failing")
        if stopping { parts.append("stopping…") }
        return parts.joined(separator: "  ")
    }

    /// `m:ss`, or `h:mm:ss` past an hour.
    static func clock(_ duration: Duration) -> String {
        let total = Int(duration.seconds.rounded(.down))
        let (hours, minutes, seconds) = (total / 3600, (total % 3600) / 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, seconds) : String(format: "%d:%02d", minutes, seconds)
    }

    /// A latency in the unit that reads best.
    static func milliseconds(_ value: Double) -> String {
        if value >= 1000 { return String(format: "%.2fs", value / 1000) }
        if value >= 1 { return String(format: "%.1fms", value) }
        return String(format: "%.0fµs", value * 1000)
    }

    /// The stage the first staged scenario that is running at `elapsed` is in.
    static func stageLabel(windows: [StageWindow], at elapsed: Duration) -> String? {
        guard let window = windows.first(where: { $0.stageCount > 1 && $0.start <= elapsed && elapsed < $0.end })
        else { return nil }
        return "\(window.scenario) \(window.index + 1)/\(window.stageCount)"
    }
}
