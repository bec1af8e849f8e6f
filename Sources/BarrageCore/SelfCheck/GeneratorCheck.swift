/// The generator self-check of a run: barrage's own CPU, event-loop lag and start lag per second, and the
/// verdict of ``GeneratorRule`` on them. A pure value: the runner samples, this decides, reports print it.
public struct GeneratorCheck: Sendable, Codable, Equatable {
    /// One sign of saturation that held long enough.
    public struct Finding: Sendable, Codable, Equatable {
        /// Which sign.
        public enum Sign: String, Sendable, Codable {
            /// Process CPU at or above the share of usable cores.
            case cpu
            /// Median event-loop lag at or above the bound.
            case loopLag
            /// Too many iterations started late.
            case startLag
        }

        /// The sign.
        public var sign: Sign
        /// First second of the longest run of saturated seconds.
        public var fromSecond: Int
        /// Last second of it.
        public var toSecond: Int
        /// The sign's figure over those seconds: mean cores for CPU, the highest median (ms) for loop lag,
        /// the highest late share for start lag.
        public var figure: Double
    }

    /// Event-loop threads of the HTTP engine (`--threads`).
    public var threads: Int
    /// Cores barrage could use: `threads`, capped by the CPUs the process may run on.
    public var usableCores: Double
    /// The rule applied.
    public var rule: GeneratorRule
    /// The samples, one per second of the run.
    public var seconds: [GeneratorSecond]
    /// Signs that held for ``GeneratorRule/sustainedSeconds`` (or the whole run); empty when not bound.
    public var findings: [Finding]

    /// Judges `seconds` with `rule`.
    public init(threads: Int, usableCores: Double, rule: GeneratorRule = GeneratorRule(), seconds: [GeneratorSecond]) {
        self.threads = threads
        self.usableCores = usableCores
        self.rule = rule
        self.seconds = seconds
        let needed = Swift.max(1, Swift.min(rule.sustainedSeconds, seconds.count))
        let cpuBound = usableCores * rule.cpuShare
        var findings: [Finding] = []
        if let streak = Self.longestStreak(seconds, needed: needed, where: { $0.cpuCores >= cpuBound }) {
            let mean = streak.map(\.cpuCores).reduce(0, +) / Double(streak.count)
            findings.append(Finding(sign: .cpu, fromSecond: streak.first!.second, toSecond: streak.last!.second, figure: mean))
        }
        if let streak = Self.longestStreak(seconds, needed: needed, where: { ($0.loopLagP50 ?? 0) >= rule.loopLagMilliseconds }) {
            let worst = streak.compactMap(\.loopLagP50).max() ?? 0
            findings.append(Finding(sign: .loopLag, fromSecond: streak.first!.second, toSecond: streak.last!.second, figure: worst))
        }
        if let streak = Self.longestStreak(seconds, needed: needed, where: { ($0.lateShare ?? 0) > rule.lateShare }) {
            let worst = streak.compactMap(\.lateShare).max() ?? 0
            findings.append(Finding(sign: .startLag, fromSecond: streak.first!.second, toSecond: streak.last!.second, figure: worst))
        }
        self.findings = findings
    }

    /// Whether barrage was the bottleneck: its latencies include its own queueing.
    public var isBound: Bool { !findings.isEmpty }

    /// Mean process CPU over the sampled seconds, in cores.
    public var meanCPUCores: Double? {
        seconds.isEmpty ? nil : seconds.map(\.cpuCores).reduce(0, +) / Double(seconds.count)
    }

    /// Highest one-second process CPU, in cores.
    public var peakCPUCores: Double? { seconds.map(\.cpuCores).max() }

    /// Highest per-second median event-loop lag, in ms.
    public var peakLoopLagP50: Double? { seconds.compactMap(\.loopLagP50).max() }

    /// The longest run of consecutive seconds satisfying `saturated`, if it is at least `needed` long.
    private static func longestStreak(
        _ seconds: [GeneratorSecond], needed: Int, where saturated: (GeneratorSecond) -> Bool
    ) -> ArraySlice<GeneratorSecond>? {
        var best: ArraySlice<GeneratorSecond>?
        var start: Int?
        for index in seconds.indices.map({ $0 }) + [seconds.endIndex] {
            if index < seconds.endIndex, saturated(seconds[index]) {
                if start == nil { start = index }
                continue
            }
            if let begin = start {
                let streak = seconds[begin..<index]
                if streak.count >= needed, streak.count > (best?.count ?? 0) { best = streak }
                start = nil
            }
        }
        return best
    }
}
