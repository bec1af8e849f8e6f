import BarrageCore

/// The capacity planner's answer for a run whose stages step the load: the highest stage at which every
/// threshold still held, and the stage above it where one broke ("sustained 4,000 req/s with p95 212 ms;
/// at 5,000 req/s p95 reached 1.4 s").
///
/// Thresholds are re-judged per stage on the stage's own numbers (``StageThresholdJudgement``): latency from
/// the stage's HDR histogram, rates from its tallies. Those a stage cannot judge (sub-metrics, totals) are
/// listed in ``unjudgedThresholds`` instead of guessed at.
public struct CapacityAnalysis: Sendable, Equatable {
    /// One stage with its thresholds judged.
    public struct StageVerdict: Sendable, Equatable {
        /// The stage's numbers.
        public var stage: StageStatistics
        /// Every threshold that could be judged on this stage.
        public var judgements: [StageThresholdJudgement]

        /// Whether every judged threshold held.
        public var held: Bool { judgements.allSatisfy(\.held) }

        /// The judgements that failed.
        public var failures: [StageThresholdJudgement] { judgements.filter { !$0.held } }
    }

    /// Every stage that carried requests, in run order.
    public var verdicts: [StageVerdict]
    /// Thresholds that cannot be judged per stage.
    public var unjudgedThresholds: [Threshold]
    /// The stage with the highest offered load at which every judged threshold held; `nil` when none did.
    public var sustained: StageVerdict?
    /// The lowest-load stage above ``sustained`` (or the lowest of all when nothing held) at which a
    /// threshold failed; `nil` when every stage above held.
    public var breaking: StageVerdict?

    /// Analyses `summary`; `nil` unless at least two stages with requests offered different loads.
    public init?(_ summary: RunSummary) {
        self.init(stages: StageStatistics.all(in: summary), thresholds: summary.thresholds.map(\.threshold))
    }

    /// Analyses stages already computed; `nil` unless at least two of them carried requests at
    /// different offered loads, because only then is there a step to talk about.
    public init?(stages: [StageStatistics], thresholds: [Threshold]) {
        let loaded = stages.filter { $0.requests > 0 }
        guard Set(loaded.map(\.offeredLoad)).count >= 2 else { return nil }
        let verdicts = loaded.map { stage in
            StageVerdict(stage: stage, judgements: thresholds.compactMap { StageThresholdJudgement($0, on: stage) })
        }
        self.verdicts = verdicts
        self.unjudgedThresholds = thresholds.filter { threshold in
            !verdicts.contains { verdict in verdict.judgements.contains { $0.threshold == threshold } }
        }
        let sustained = verdicts.filter(\.held).max { Self.isLighter($0.stage, than: $1.stage) }
        let floor = sustained?.stage.offeredLoad ?? -Double.infinity
        self.sustained = sustained
        self.breaking =
            verdicts
            .filter { !$0.held && $0.stage.offeredLoad > floor }
            .min { Self.isLighter($0.stage, than: $1.stage) }
    }

    /// Orders stages by offered load, then by achieved throughput, so the "highest" stage is well defined.
    private static func isLighter(_ lhs: StageStatistics, than rhs: StageStatistics) -> Bool {
        if lhs.offeredLoad != rhs.offeredLoad { return lhs.offeredLoad < rhs.offeredLoad }
        return (lhs.requestsPerSecond ?? 0) < (rhs.requestsPerSecond ?? 0)
    }
}
