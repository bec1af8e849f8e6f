import BarrageCore

extension RunSummary {
    /// The run's verdict in one word, also telling an interruption apart from a threshold failure.
    var verdictWord: String {
        if run.interrupted { return "INTERRUPTED" }
        if run.abortedByThreshold { return "ABORTED" }
        return thresholdsPassed ? "PASSED" : "FAILED"
    }

    /// Whether the run counts as passed: every threshold held and nothing cut it short.
    var isPassing: Bool {
        thresholdsPassed && !run.interrupted && !run.abortedByThreshold
    }
}
