/// k6-compatible process exit codes, so CI systems that already gate on k6 gate on barrage the
/// same way.
public enum ExitCode: Int32, Sendable, Codable {
    /// The run completed and every threshold held.
    case passed = 0
    /// Something else went wrong (a failing setup, an I/O error writing the report, …).
    case failure = 1
    /// At least one threshold failed (or an `abortOnFail` threshold stopped the run).
    case thresholdsFailed = 99
    /// The scenario file or the command-line arguments are invalid; nothing was sent.
    case invalidInput = 104
    /// The run was interrupted by SIGINT or SIGTERM; a report marked interrupted was written.
    case interrupted = 105

    /// The code a finished run exits with. An interruption wins over threshold results, which
    /// are incomplete by then (k6 does the same). With `--fail-on-generator-bound`, a run in which
    /// barrage itself was the bottleneck fails like a threshold (99): its latencies are not the target's.
    public static func forRun(interrupted: Bool, thresholdsPassed: Bool, generatorBoundFails: Bool = false) -> ExitCode {
        if interrupted { return .interrupted }
        return thresholdsPassed && !generatorBoundFails ? .passed : .thresholdsFailed
    }
}
