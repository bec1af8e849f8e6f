/// Turns the runner's once-a-second readings (cumulative process CPU time, the event-loop lag probed since
/// the last reading, the cumulative `iteration_start_lag` histogram) into one ``GeneratorSecond`` each.
/// A value type without clocks or system calls, so the arithmetic is tested with made-up readings.
public struct GeneratorSampler: Sendable {
    private let rule: GeneratorRule
    private var previous: (cpuSeconds: Double, elapsed: Double, iterations: UInt64, late: UInt64)?

    /// A sampler judging start lag by `rule`'s bound.
    public init(rule: GeneratorRule = GeneratorRule()) {
        self.rule = rule
    }

    /// Starts the clock: the first ``sample(cpuSeconds:elapsed:loopLag:startLag:)`` covers the time since.
    public mutating func start(cpuSeconds: Double, elapsed: Duration, startLag: TrendAggregate?) {
        previous = (cpuSeconds, elapsed.seconds, startLag?.sampleCount ?? 0, Self.late(startLag, rule: rule))
    }

    /// The second ending at `elapsed`: CPU from the difference of cumulative CPU times over the wall time
    /// between readings, loop lag from the probes of the interval, late starts from the growth of the
    /// cumulative start-lag histogram. `nil` before ``start(cpuSeconds:elapsed:startLag:)`` or when no time passed.
    public mutating func sample(
        cpuSeconds: Double, elapsed: Duration, loopLag: TrendAggregate, startLag: TrendAggregate?
    ) -> GeneratorSecond? {
        let now = elapsed.seconds
        let iterations = startLag?.sampleCount ?? 0
        let late = Self.late(startLag, rule: rule)
        defer { previous = (cpuSeconds, now, iterations, late) }
        guard let previous, now > previous.elapsed else { return nil }
        return GeneratorSecond(
            second: Swift.max(0, Int(previous.elapsed.rounded(.down))),
            cpuCores: Swift.max(0, cpuSeconds - previous.cpuSeconds) / (now - previous.elapsed),
            loopLagP50: loopLag.percentile(50),
            loopLagP99: loopLag.percentile(99),
            loopLagMax: loopLag.sampleCount > 0 ? loopLag.max : nil,
            iterations: iterations &- previous.iterations,
            lateIterations: late &- previous.late
        )
    }

    private static func late(_ startLag: TrendAggregate?, rule: GeneratorRule) -> UInt64 {
        startLag?.count(atLeast: rule.startLagMilliseconds) ?? 0
    }
}
