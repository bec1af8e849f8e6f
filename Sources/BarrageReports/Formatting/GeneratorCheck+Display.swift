import BarrageCore

extension GeneratorCheck {
    /// The warning every report leads with when barrage was the bottleneck.
    static let boundHeadline = "generator-bound: latencies include barrage's own queueing"

    /// The verdict with its figures, e.g. `generator-bound: latencies include barrage's own queueing —
    /// CPU 0.98 of 1 core usable for 0:03–0:14; median event-loop lag up to 42 ms for 0:05–0:14`; or, for a run that
    /// was not, its peak figures so a reader sees how much headroom was left.
    var sentence: String {
        guard isBound else {
            var figures = ["peak CPU \(cores(peakCPUCores ?? 0)) of \(cores(usableCores)) usable"]
            if let lag = peakLoopLagP50 { figures.append("median event-loop lag at most \(ValueFormat.milliseconds(lag))") }
            return "generator not saturated: " + figures.joined(separator: ", ")
        }
        return Self.boundHeadline + " — " + findings.map(describe).joined(separator: "; ")
    }

    private func describe(_ finding: Finding) -> String {
        let window =
            ValueFormat.clock(seconds: Double(finding.fromSecond)) + "–"
            + ValueFormat.clock(seconds: Double(finding.toSecond + 1))
        switch finding.sign {
        case .cpu:
            return "CPU \(cores(finding.figure)) of \(cores(usableCores)) usable for \(window)"
        case .loopLag:
            return "median event-loop lag up to \(ValueFormat.milliseconds(finding.figure)) for \(window)"
        case .startLag:
            return "up to \(ValueFormat.percent(finding.figure)) of iterations started ≥ "
                + "\(ValueFormat.milliseconds(rule.startLagMilliseconds)) late (median start lag over the bound) for \(window)"
        }
    }

    private func cores(_ value: Double) -> String {
        ValueFormat.trimmed(value, digits: 2) + (value == 1 ? " core" : " cores")
    }
}
