/// Target against achieved arrival rate per stage of the open-model scenarios: what the schedule asked for
/// and how many iterations actually started while the stage ran. A pure value computed from the stage
/// tallies when the run ends; it feeds the `achieved_rate_ratio` gauge, so a threshold such as
/// `achieved_rate_ratio: ["value>=0.95"]` fails a run that silently delivered less load than asked.
public struct AchievedLoad: Sendable, Equatable {
    /// One arrival-rate stage.
    public struct Stage: Sendable, Equatable {
        /// The stage.
        public var window: StageWindow
        /// Iterations the schedule asked for during the stage.
        public var scheduled: Double
        /// Iterations that started during the stage.
        public var started: UInt64
        /// `started / scheduled`.
        public var ratio: Double { Double(started) / scheduled }
    }

    /// Stages asking for at least one iteration; stages of closed-model scenarios have no arrival target.
    public var stages: [Stage]

    /// Pairs `windows` with their tallies (same order).
    public init(windows: [StageWindow], tallies: [StageTally]) {
        stages = zip(windows, tallies).compactMap { window, tally in
            guard let scheduled = window.scheduledIterations, scheduled >= 1 else { return nil }
            return Stage(window: window, scheduled: scheduled, started: tally.iterationsStarted)
        }
    }

    /// The `achieved_rate_ratio` gauge over the stages of `scenario` (all scenarios when `nil`): set once per
    /// stage, highest ratio first, so its value is the lowest stage's ratio and min/max are the extremes;
    /// `nil` when no such stage asked for load.
    public func gauge(scenario: String?) -> MetricAggregate? {
        let ratios = stages.filter { scenario == nil || $0.window.scenario == scenario }.map(\.ratio)
        guard !ratios.isEmpty else { return nil }
        var gauge = GaugeAggregate()
        for ratio in ratios.sorted(by: >) { gauge.add(ratio) }
        return .gauge(gauge)
    }
}
