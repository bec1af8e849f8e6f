import BarrageCore

/// What happened during one stage: the row of the per-stage table capacity planners read, and the unit
/// ``CapacityAnalysis`` judges thresholds on.
///
/// Latency, requests, failures and iteration starts come from the stage's own ``StageTally`` (its own HDR
/// histogram, filled live as requests were sent during the stage), so a stage's percentiles are exact
/// within the histogram's precision, never combined from per-second percentiles. VUs, completed iterations,
/// drops and checks come from the per-second series: the seconds whose middle lies inside the window.
public struct StageStatistics: Sendable, Equatable {
    /// The stage on the run's clock.
    public var window: StageWindow
    /// Whole seconds of the series that fell inside the stage.
    public var seconds: Int
    /// Requests sent during the stage (from the tally), or finished in its seconds for summaries without tallies.
    public var requests: UInt64
    /// Of those, failed requests.
    public var failures: UInt64
    /// Iterations finished during the stage's seconds.
    public var iterations: UInt64
    /// Iterations that started during the stage; `nil` for summaries written before stages were tallied.
    public var iterationsStarted: UInt64?
    /// Iterations that could not start during the stage.
    public var droppedIterations: UInt64
    /// Checks that passed during the stage.
    public var checksPassed: UInt64
    /// Checks that failed during the stage.
    public var checksFailed: UInt64
    /// The most VUs active at the end of any of the stage's seconds.
    public var maxVUs: Double?
    /// `http_req_duration` of the requests sent during the stage; `nil` without requests, or for summaries
    /// written before stages had histograms of their own (their stage percentiles are not shown).
    public var latency: TrendAggregate?

    /// The stage's numbers from its `tally` (when the summary has one) and the seconds of `series` whose
    /// middle lies inside the window, so each second belongs to exactly one of two adjacent stages.
    public init(window: StageWindow, tally: StageTally?, series: [TimeSeriesPoint]) {
        let start = window.start.seconds
        let end = window.end.seconds
        let inside = series.filter { point in
            let middle = Double(point.second) + 0.5
            return middle >= start && middle < end
        }
        self.window = window
        self.seconds = inside.count
        self.iterations = inside.reduce(0) { $0 + $1.iterations }
        self.checksPassed = inside.reduce(0) { $0 + $1.checksPassed }
        self.checksFailed = inside.reduce(0) { $0 + $1.checksFailed }
        self.maxVUs = inside.compactMap(\.vus).max()
        if let tally {
            self.requests = tally.requests
            self.failures = tally.failures
            self.iterationsStarted = tally.iterationsStarted
            self.droppedIterations = tally.droppedIterations
            self.latency = tally.latency.sampleCount > 0 ? tally.latency : nil
        } else {
            self.requests = inside.reduce(0) { $0 + $1.requests }
            self.failures = inside.reduce(0) { $0 + $1.failures }
            self.iterationsStarted = nil
            self.droppedIterations = inside.reduce(0) { $0 + $1.droppedIterations }
            self.latency = nil
        }
    }

    /// One row per stage of `summary`, in run order.
    public static func all(in summary: RunSummary) -> [StageStatistics] {
        let tallies = summary.metrics.stages.count == summary.stages.count ? summary.metrics.stages : nil
        return summary.stages.enumerated().map { index, window in
            StageStatistics(window: window, tally: tallies?[index], series: summary.metrics.series)
        }
    }

    /// The load the schedule asked for, averaged over the stage (a linear ramp offers the mean of its
    /// ends), in the window's unit: VUs or iterations per second.
    public var offeredLoad: Double {
        (window.fromTarget + window.toTarget) / 2
    }

    /// The stage's length in seconds.
    private var length: Double { (window.end - window.start).seconds }

    /// Achieved throughput: requests per second of the stage; `nil` for a stage without length or seconds.
    public var requestsPerSecond: Double? {
        guard seconds > 0 else { return nil }
        return iterationsStarted != nil && length > 0 ? Double(requests) / length : Double(requests) / Double(seconds)
    }

    /// Iterations finished per second; `nil` without seconds.
    public var iterationsPerSecond: Double? {
        seconds > 0 ? Double(iterations) / Double(seconds) : nil
    }

    /// Iterations dropped per second; `nil` without seconds.
    public var droppedIterationsPerSecond: Double? {
        seconds > 0 ? Double(droppedIterations) / Double(seconds) : nil
    }

    /// Iterations the schedule asked for per second during an arrival-rate stage; `nil` for closed-model stages.
    public var targetArrivalRate: Double? {
        window.scheduledIterations.flatMap { length > 0 ? $0 / length : nil }
    }

    /// Iterations that actually started per second during an arrival-rate stage; `nil` for closed-model
    /// stages and summaries without tallies.
    public var achievedArrivalRate: Double? {
        guard targetArrivalRate != nil, let iterationsStarted, length > 0 else { return nil }
        return Double(iterationsStarted) / length
    }

    /// `achieved / target` arrival rate, what `achieved_rate_ratio` judges; `nil` where either is unknown.
    public var achievedRateRatio: Double? {
        guard let scheduled = window.scheduledIterations, scheduled >= 1, let iterationsStarted else { return nil }
        return Double(iterationsStarted) / scheduled
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
