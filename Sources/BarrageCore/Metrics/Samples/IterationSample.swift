/// One finished iteration of a flow: feeds `iterations`, `iteration_duration` and, for arrival-rate
/// executors, `iteration_start_lag`, in one call.
public struct IterationSample: Sendable {
    /// The iteration's tags (`scenario`, user tags).
    public var tags: TagSet
    /// How long the iteration took, in milliseconds (from its intended start under arrival-rate executors).
    public var duration: Double
    /// How late the iteration started against its planned start, in milliseconds; `nil` when the executor
    /// has no plan (closed-model executors).
    public var startLag: Double?
    /// When the iteration finished; places it in the per-second series.
    public var completedAt: ContinuousClock.Instant

    /// Creates a sample.
    public init(tags: TagSet, duration: Double, startLag: Double? = nil, completedAt: ContinuousClock.Instant) {
        self.tags = tags
        self.duration = duration
        self.startLag = startLag
        self.completedAt = completedAt
    }

    /// The metrics one iteration feeds.
    static let metrics: [BuiltinMetric] = [.iterations, .iterationDuration, .iterationStartLag]

    /// The sample value this iteration contributes to `metric`, or `nil` if it contributes none.
    func value(for metric: BuiltinMetric) -> Double? {
        switch metric {
        case .iterations: 1
        case .iterationDuration: duration
        case .iterationStartLag: startLag
        default: nil
        }
    }
}
