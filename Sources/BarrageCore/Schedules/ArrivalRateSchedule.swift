/// The start times of iterations for the arrival-rate executors (the open model).
///
/// The rate moves linearly within each stage, so the number of iterations due by time *t* of a
/// stage is `r0·t + (r1 − r0)·t² / 2d`; iteration *n* (counting from zero) starts at the moment that
/// count reaches *n*. A constant rate is one flat stage. These are the *intended* start times: the
/// runner measures iterations from them, so a stalled server cannot hide late starts.
public struct ArrivalRateSchedule: Sendable, Equatable {
    /// Segments with rates converted to iterations per second.
    private struct Segment: Sendable, Equatable {
        var start: Duration
        var duration: Duration
        var fromRate: Double
        var toRate: Double
        /// Iterations due before this segment starts.
        var countBefore: Double
        /// Iterations due within this segment.
        var count: Double { (fromRate + toRate) / 2 * duration.seconds }
    }

    private let segments: [Segment]
    /// How many iterations the whole schedule starts.
    public let totalIterations: Int
    public let totalDuration: Duration

    /// A ramping schedule: `startRate` then each stage's target, per `timeUnit`.
    public init(startRate: Double, stages: [Stage], timeUnit: Duration) {
        let unit = timeUnit.seconds
        var segments: [Segment] = []
        var start = Duration.zero
        var from = startRate / unit
        var before = 0.0
        for stage in stages {
            let segment = Segment(
                start: start, duration: stage.duration, fromRate: from, toRate: stage.target / unit, countBefore: before
            )
            segments.append(segment)
            before += segment.count
            from = segment.toRate
            start += stage.duration
        }
        self.segments = segments
        self.totalDuration = start
        // Iteration n starts where the running count equals n, for every n strictly below the total;
        // a total that is whole up to rounding noise counts as whole.
        let nearest = before.rounded()
        self.totalIterations = Int(Swift.max(0, (nearest - before).magnitude < 1e-6 ? nearest : before.rounded(.up)))
    }

    /// A constant rate of `rate` per `timeUnit` for `duration`.
    public init(rate: Double, timeUnit: Duration, duration: Duration) {
        self.init(startRate: rate, stages: [Stage(duration: duration, target: rate)], timeUnit: timeUnit)
    }

    /// The intended start of iteration `index` (from zero), or nil when the schedule has no such
    /// iteration.
    public func startTime(ofIteration index: Int) -> Duration? {
        guard index >= 0, index < totalIterations else { return nil }
        let target = Double(index)
        guard let segment = segments.last(where: { $0.countBefore <= target && $0.count > 0 })
        else { return nil }
        let remaining = target - segment.countBefore
        let d = segment.duration.seconds
        let r0 = segment.fromRate
        let acceleration = d > 0 ? (segment.toRate - r0) / (2 * d) : 0
        // Solves acceleration·t² + r0·t = remaining in the form that stays exact when acceleration is 0.
        let discriminant = Swift.max(0, r0 * r0 + 4 * acceleration * remaining)
        let denominator = r0 + discriminant.squareRoot()
        let offset = denominator > 0 ? 2 * remaining / denominator : 0
        return segment.start + .seconds(fractional: Swift.min(offset, d))
    }

    /// Iterations per second intended at `time`, for progress and reports.
    public func rate(at time: Duration) -> Double {
        for segment in segments where time < segment.start + segment.duration {
            let progress = segment.duration == .zero ? 1 : (time - segment.start).seconds / segment.duration.seconds
            return segment.fromRate + (segment.toRate - segment.fromRate) * progress
        }
        return segments.last?.toRate ?? 0
    }
}
