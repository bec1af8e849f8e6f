/// When barrage calls itself the bottleneck ("generator-bound: latencies include barrage's own queueing").
///
/// A second is *saturated* by one of three signs; the run is generator-bound when one sign holds for
/// ``sustainedSeconds`` consecutive seconds (or for every second of a shorter run), so a burst of another
/// process's work on a shared machine is not mistaken for saturation:
/// - **CPU**: barrage's process CPU reaches ``cpuShare`` of the cores it can use (`--threads`, capped by
///   the CPUs it may run on);
/// - **event-loop lag**: the p99 delay before a task submitted to an event loop runs reaches
///   ``loopLagMilliseconds`` — responses then wait in barrage before they are timed;
/// - **start lag** (open model): more than ``lateShare`` of the iterations that finished in the second
///   started ``startLagMilliseconds`` or more after their intended start (per-second p99 start lag at or
///   above the bound) — the arrival clock is falling behind.
public struct GeneratorRule: Sendable, Codable, Equatable {
    /// Share of the usable cores that counts as saturated.
    public var cpuShare: Double
    /// Event-loop lag p99 that counts as saturated, in ms.
    public var loopLagMilliseconds: Double
    /// Start lag that counts an iteration as late, in ms.
    public var startLagMilliseconds: Double
    /// Share of late iterations in a second that counts as saturated.
    public var lateShare: Double
    /// Consecutive saturated seconds that make the run generator-bound.
    public var sustainedSeconds: Int

    /// The documented rule: 90 % CPU, 10 ms loop lag p99, more than 1 % of starts ≥ 10 ms late, for 3 s.
    public init(
        cpuShare: Double = 0.9, loopLagMilliseconds: Double = 10, startLagMilliseconds: Double = 10,
        lateShare: Double = 0.01, sustainedSeconds: Int = 3
    ) {
        self.cpuShare = cpuShare
        self.loopLagMilliseconds = loopLagMilliseconds
        self.startLagMilliseconds = startLagMilliseconds
        self.lateShare = lateShare
        self.sustainedSeconds = sustainedSeconds
    }
}
