/// Judges a run's thresholds against a ``MetricsSnapshot``: pure functions, no clock and no I/O, so the
/// runner can call them every second and at the end, and tests can feed hand-made snapshots.
public struct ThresholdEvaluation: Sendable {
    /// The thresholds judged, in scenario order.
    public let thresholds: [Threshold]

    /// Creates an evaluation of `thresholds`.
    public init(_ thresholds: [Threshold]) {
        self.thresholds = thresholds
    }

    /// The sub-metric selectors the collector must aggregate for these thresholds, without duplicates;
    /// pass them to ``MetricsCollector/init(tracking:startedAt:limits:)``.
    public var trackedSelectors: [MetricSelector] {
        var seen: Set<MetricSelector> = []
        return thresholds.map(\.selector).filter { $0.isSubMetric && seen.insert($0).inserted }
    }

    /// One result per threshold, in order. A threshold whose metric or sub-metric has no samples fails
    /// with outcome ``ThresholdResult/Outcome/noSamples``.
    public func evaluate(_ snapshot: MetricsSnapshot) -> [ThresholdResult] {
        thresholds.map { Self.evaluate($0, in: snapshot) }
    }

    /// The results that should stop the run now: thresholds with `abortOnFail` whose `delayAbortEval`
    /// has passed and whose observed value fails. A threshold with no samples yet does not abort: early
    /// in a run that only means no request has finished, and the final evaluation still fails it.
    public func resultsRequiringAbort(_ results: [ThresholdResult], elapsed: Duration) -> [ThresholdResult] {
        results.filter { result in
            result.threshold.abortOnFail && elapsed >= result.threshold.delayAbortEval && result.outcome == .failed
        }
    }

    private static func evaluate(_ threshold: Threshold, in snapshot: MetricsSnapshot) -> ThresholdResult {
        guard let aggregate = snapshot.aggregate(for: threshold.selector), aggregate.sampleCount > 0 else {
            return ThresholdResult(threshold: threshold, observed: nil, outcome: .noSamples)
        }
        guard let observed = aggregate.observedValue(of: threshold.expression.aggregation, over: snapshot.elapsed)
        else {
            return ThresholdResult(threshold: threshold, observed: nil, outcome: .notApplicable)
        }
        let outcome: ThresholdResult.Outcome = threshold.expression.holds(for: observed) ? .passed : .failed
        return ThresholdResult(threshold: threshold, observed: observed, outcome: outcome)
    }
}
