/// How long a scenario's schedule runs, and when it ends counting its start time, so the runner
/// and the progress line agree on the run's total length.
public struct ScenarioTimeline: Sendable, Equatable {
    /// When the scenario begins, from the start of the run.
    public var startTime: Duration
    /// How long the executor schedules new work (for iteration-count executors: `maxDuration`).
    public var scheduleDuration: Duration
    /// How long in-flight iterations may continue after the schedule ends.
    public var gracefulStop: Duration

    public init(scenario: Scenario) {
        self.startTime = scenario.startTime
        self.gracefulStop = scenario.gracefulStop
        switch scenario.executor {
        case .constantVUs(_, let duration), .constantArrivalRate(_, _, let duration):
            self.scheduleDuration = duration
        case .rampingVUs(_, let stages, _), .rampingArrivalRate(_, _, let stages):
            self.scheduleDuration = stages.reduce(.zero) { $0 + $1.duration }
        case .perVUIterations(_, _, let maxDuration), .sharedIterations(_, _, let maxDuration):
            self.scheduleDuration = maxDuration
        }
    }

    /// The moment, from the start of the run, after which this scenario starts nothing new.
    public var scheduleEnd: Duration { startTime + scheduleDuration }

    /// The latest moment this scenario can still be running.
    public var hardEnd: Duration { scheduleEnd + gracefulStop }
}
