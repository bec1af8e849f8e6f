import Synchronization

/// The one place every sample of a run goes, shared by all event-loop threads.
///
/// One mutex guards a ``MetricsStore``; each `record` call takes it once, so recording a whole HTTP request
/// (eleven metric samples, its sub-metrics, its request-name row and its second) costs one lock and one
/// cached tag lookup. Create it with the selectors the thresholds name (``ThresholdEvaluation/trackedSelectors``)
/// so sub-metrics are aggregated as samples arrive instead of being recomputed from raw data.
public final class MetricsCollector: Sendable {
    /// The instant elapsed time and the per-second series are measured from.
    public let startedAt: ContinuousClock.Instant
    private let store: Mutex<MetricsStore>

    /// Creates a collector tracking `selectors` as sub-metrics, counting time from `startedAt`.
    public init(
        tracking selectors: [MetricSelector] = [],
        startedAt: ContinuousClock.Instant = .now,
        limits: MetricsLimits = MetricsLimits()
    ) {
        self.startedAt = startedAt
        self.store = Mutex(MetricsStore(tracking: selectors, start: startedAt, limits: limits))
    }

    /// Tallies samples per stage from now on: `windows` are the plan's stages on this collector's clock
    /// (``StageWindow/shifted(by:)``). Call once, before the load starts.
    public func trackStages(_ windows: [StageWindow]) {
        store.withLock { $0.trackStages(windows) }
    }

    /// Records one finished HTTP request with all its timings.
    public func record(_ request: HTTPRequestSample) {
        store.withLock { $0.record(request) }
    }

    /// Records one finished iteration.
    public func record(_ iteration: IterationSample) {
        store.withLock { $0.record(iteration) }
    }

    /// Records one sample of any built-in metric.
    public func record(_ sample: MetricSample) {
        store.withLock { $0.record(sample) }
    }

    /// Records several samples under one lock, e.g. all checks of a response.
    public func record(_ samples: some Sequence<MetricSample>) {
        store.withLock { store in
            for sample in samples {
                store.record(sample)
            }
        }
    }

    /// Records `value` for `metric`; shorthand for recording a ``MetricSample``.
    public func record(
        _ metric: BuiltinMetric,
        value: Double,
        tags: TagSet = TagSet(),
        at time: ContinuousClock.Instant = .now
    ) {
        record(MetricSample(metric: metric, value: value, tags: tags, time: time))
    }

    /// The state so far, for progress lines and periodic threshold checks; the series holds the seconds
    /// before the current one.
    public func snapshot(at now: ContinuousClock.Instant = .now) -> MetricsSnapshot {
        store.withLock { $0.snapshot(at: now, closingAll: false) }
    }

    /// The state at the end of the run, with the last, partial second closed into the series.
    public func finalSnapshot(at now: ContinuousClock.Instant = .now) -> MetricsSnapshot {
        store.withLock { $0.snapshot(at: now, closingAll: true) }
    }
}
