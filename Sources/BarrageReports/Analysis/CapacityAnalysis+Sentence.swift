import BarrageCore

extension CapacityAnalysis {
    /// The finding in one sentence, as the HTML and Markdown reports print it.
    public var sentence: String {
        switch (sustained, breaking) {
        case (let sustained?, let breaking?):
            return "Sustained \(Self.describe(sustained.stage)); at \(Self.throughput(breaking.stage)) "
                + "(\(Self.stageName(breaking.stage))) \(Self.failurePhrase(breaking))."
        case (let sustained?, nil):
            if sustained.judgements.isEmpty {
                return "The highest load sustained \(Self.describe(sustained.stage)); no threshold could be judged per stage."
            }
            let lowerFailures = verdicts.filter { !$0.held }.count
            let caveat = lowerFailures > 0 ? " (\(lowerFailures) lighter stage(s) failed a threshold)" : ""
            return "Every threshold held at the highest load: sustained \(Self.describe(sustained.stage))\(caveat)."
        case (nil, let breaking?):
            return "No stage held every threshold: already at \(Self.throughput(breaking.stage)) "
                + "(\(Self.stageName(breaking.stage))) \(Self.failurePhrase(breaking))."
        case (nil, nil):
            return "No stage carried requests."
        }
    }

    private static func describe(_ stage: StageStatistics) -> String {
        var text = throughput(stage)
        if let p95 = stage.latency?.percentile(95) {
            text += " with p95 \(ValueFormat.milliseconds(p95))"
        }
        return text + " (\(stageName(stage)))"
    }

    private static func throughput(_ stage: StageStatistics) -> String {
        guard let rate = stage.requestsPerSecond else { return "no measured throughput" }
        return "\(ValueFormat.number(rate)) req/s"
    }

    private static func stageName(_ stage: StageStatistics) -> String {
        "stage \(stage.window.index + 1) of \(stage.window.scenario), \(stage.window.offeredLoadText)"
    }

    private static func failurePhrase(_ verdict: StageVerdict) -> String {
        verdict.failures.map(\.phrase).joined(separator: " and ")
    }
}
