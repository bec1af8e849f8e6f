/// Decides, one periodic snapshot at a time, whether the run must stop because an `abortOnFail` threshold
/// failed. A state machine without I/O: the runner feeds snapshots and performs the returned action.
public struct ThresholdAbortMonitor: Sendable {
    /// What the runner should do after a check.
    public enum Action: Sendable, Hashable {
        /// Keep running.
        case continueRun
        /// Stop the test (exit code 99); these thresholds triggered it. Returned once.
        case abort([ThresholdResult])
    }

    private enum State: Sendable {
        case watching
        case aborted
    }

    private let evaluation: ThresholdEvaluation
    private var state: State = .watching

    /// Creates a monitor for `evaluation`'s thresholds.
    public init(_ evaluation: ThresholdEvaluation) {
        self.evaluation = evaluation
    }

    /// Whether an abort has already been requested.
    public var hasAborted: Bool {
        if case .aborted = state { return true }
        return false
    }

    /// Checks a snapshot; returns ``Action/abort(_:)`` the first time an abort-on-fail threshold fails past its
    /// delay, ``Action/continueRun`` otherwise (including every check after the abort).
    public mutating func check(_ snapshot: MetricsSnapshot) -> Action {
        check(evaluation.evaluate(snapshot), elapsed: snapshot.elapsed)
    }

    /// The same decision from results the caller already evaluated (the runner shows them in the
    /// progress line too), so thresholds are not evaluated twice per tick.
    public mutating func check(_ results: [ThresholdResult], elapsed: Duration) -> Action {
        guard case .watching = state else { return .continueRun }
        let watched = evaluation.thresholds.contains(where: \.abortOnFail)
        guard watched else { return .continueRun }
        let failing = evaluation.resultsRequiringAbort(results, elapsed: elapsed)
        guard !failing.isEmpty else { return .continueRun }
        state = .aborted
        return .abort(failing)
    }
}
