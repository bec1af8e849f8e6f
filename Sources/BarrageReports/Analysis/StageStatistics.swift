import BarrageCore

/// What happened during one stage: the row of the per-stage table capacity planners read, and the unit
/// ``CapacityAnalysis`` judges thresholds on.
public struct StageStatistics: Sendable, Equatable {
    /// The stage on the run's clock.
    public var window: StageWindow
    /// Whole seconds of the series that fell inside the stage.
    public var seconds: Int
    /// Requests finished during the stage.
    public var requests: UInt64
    /// Of those, failed requests.
    public var failures: UInt64
    /// Iterations finished during the stage.
    public var iterations: UInt64
    /// Iterations that could not start during the stage.
    public var droppedIterations: UInt64
    /// Checks that passed during the stage.
    public var checksPassed: UInt64
    /// Checks that failed during the stage.
    public var checksFailed: UInt64
    /// The most VUs active at the end of any of the stage's seconds.
    public var maxVUs: Double?
    /// The stage's latency, `nil` without requests.
    public var latency: StageLatency?

    /// The stage's seconds from `series`: those whose middle lies inside the window, so each second
    /// belongs to exactly one of two adjacent stages.
    public init(window: StageWindow, series: [TimeSeriesPoint]) {
        let start = window.start.seconds
        let end = window.end.seconds
        let inside = series.filter { point in
            let middle = Double(point.second) + 0.5
            return middle >= start && middle < end
        }
        self.window = window
        self.seconds = inside.count
        self.requests = inside.reduce(0) { $0 + $1.requests }
        self.failures = inside.reduce(0) { $0 + $1.failures }
        self.iterations = inside.reduce(0) { $0 + $1.iterations }
        self.droppedIterations = inside.reduce(0) { $0 + $1.droppedIterations }
        self.checksPassed = inside.reduce(0) { $0 + $1.checksPassed }
        self.checksFailed = inside.reduce(0) { $0 + $1.checksFailed }
        self.maxVUs = inside.compactMap(\.vus).max()
        self.latency = StageLatency(combining: inside.compactMap(\.latency))
    }

    /// One row per stage of `summary`, in run order.
    public static func all(in summary: RunSummary) -> [StageStatistics] {
        summary.stages.map { StageStatistics(window: $0, series: summary.metrics.series) }
    }

    /// The load the schedule asked for, averaged over the stage (a linear ramp offers the mean of its
    /// ends), in the window's unit: VUs or iterations per second.
    public var offeredLoad: Double {
        (window.fromTarget + window.toTarget) / 2
    }

    /// Achieved throughput; `nil` when no second of the series fell inside the stage.
    public var requestsPerSecond: Double? {
        seconds > 0 ? Double(requests) / Double(seconds) : nil
    }

    /// Iterations finished per second; `nil` without seconds.
    public var iterationsPerSecond: Double? {
        seconds > 0 ? Double(iterations) / Double(seconds) : nil
    }

    /// Iterations dropped per second; `nil` without seconds.
    public var droppedIterationsPerSecond: Double? {
        seconds > 0 ? Double(droppedIterations) / Double(seconds) : nil
    }

    /// Share of failed requests; `nil` without requests.
    public var errorRate: Double? {
        requests > 0 ? Double(failures) / Double(requests) : nil
    }

    /// Share of passed checks; `nil` without checks.
    public var checksRate: Double? {
        let total = checksPassed + checksFailed
        return total > 0 ? Double(checksPassed) / Double(total) : nil
    }
}
