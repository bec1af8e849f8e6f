import BarrageCore

extension RunSummary {
    /// The run's verdict in one word, also telling an interruption apart from a threshold failure.
    var verdictWord: String {
        if run.interrupted { return "INTERRUPTED" }
        if run.abortedByThreshold { return "ABORTED" }
        return thresholdsPassed && !failsAsGeneratorBound ? "PASSED" : "FAILED"
    }

    /// Whether the run counts as passed: every threshold held, nothing cut it short, and barrage was not
    /// the bottleneck of a run that asked to fail on that (`--fail-on-generator-bound`).
    var isPassing: Bool {
        thresholdsPassed && !run.interrupted && !run.abortedByThreshold && !failsAsGeneratorBound
    }

    /// Barrage was the bottleneck and the run was told to fail on that.
    var failsAsGeneratorBound: Bool {
        run.failOnGeneratorBound == true && generator?.isBound == true
    }
}
