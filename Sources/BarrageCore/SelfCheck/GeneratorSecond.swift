/// How hard barrage itself worked during one second of the run, sampled once a second by the runner:
/// the evidence behind the generator-bound verdict (``GeneratorCheck``).
public struct GeneratorSecond: Sendable, Codable, Equatable {
    /// Whole seconds since the run's clock started, as in the per-second series.
    public var second: Int
    /// Process CPU time (user + system, from `getrusage`) spent in the second, in cores.
    public var cpuCores: Double
    /// Median, in ms, of how late a task submitted to an event loop of the HTTP engine ran (probed every
    /// few milliseconds on every loop): the typical wait in barrage's own queue. `nil` without probes.
    public var loopLagP50: Double?
    /// 99th percentile of the same delays, in ms.
    public var loopLagP99: Double?
    /// The largest such delay in the second, in ms.
    public var loopLagMax: Double?
    /// Arrival-rate iterations that finished in the second.
    public var iterations: UInt64
    /// Of those, iterations that started at least ``GeneratorRule/startLagMilliseconds`` after their
    /// intended start.
    public var lateIterations: UInt64

    /// Creates a second's sample.
    public init(
        second: Int, cpuCores: Double, loopLagP50: Double? = nil, loopLagP99: Double? = nil, loopLagMax: Double? = nil,
        iterations: UInt64 = 0, lateIterations: UInt64 = 0
    ) {
        self.second = second
        self.cpuCores = cpuCores
        self.loopLagP50 = loopLagP50
        self.loopLagP99 = loopLagP99
        self.loopLagMax = loopLagMax
        self.iterations = iterations
        self.lateIterations = lateIterations
    }

    /// Share of the second's arrival-rate iterations that started late; `nil` without such iterations.
    public var lateShare: Double? {
        iterations > 0 ? Double(lateIterations) / Double(iterations) : nil
    }
}
