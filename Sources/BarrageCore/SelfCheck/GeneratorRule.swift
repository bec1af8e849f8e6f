/// When barrage calls itself the bottleneck ("generator-bound: latencies include barrage's own queueing").
///
/// A second is *saturated* by one of three signs; the run is generator-bound when one sign holds for
/// ``sustainedSeconds`` consecutive seconds (or for every second of a shorter run):
/// - **CPU**: barrage's process CPU reaches ``cpuShare`` of the cores it can use (`--threads`, capped by
///   the CPUs it may run on);
/// - **event-loop lag**: the *median* delay before a task submitted to an event loop runs reaches
///   ``loopLagMilliseconds`` — typical responses then wait that long in barrage before they are timed;
/// - **start lag** (open model): more than ``lateShare`` of the iterations that finished in the second
///   started ``startLagMilliseconds`` or more after their intended start (the per-second *median* start lag
///   reaches the bound) — the arrival clock is falling behind.
///
/// Medians rather than tails, and a sustained window rather than one second, because on a shared machine
/// other processes preempt barrage now and then: measured on a loaded 2-core box, a comfortable run pinned
/// to a busy core showed loop-lag p99 of 4–30 ms and 4–18 % of starts ≥ 10 ms late after its first second,
/// while a starved one showed loop-lag p99 of 200–800 ms and every start late. The tail would call the
/// comfortable run bound; the median separates the two by an order of magnitude.
public struct GeneratorRule: Sendable, Codable, Equatable {
    /// Share of the usable cores that counts as saturated.
    public var cpuShare: Double
    /// Median event-loop lag that counts as saturated, in ms.
    public var loopLagMilliseconds: Double
    /// Start lag that counts an iteration as late, in ms.
    public var startLagMilliseconds: Double
    /// Share of late iterations in a second that counts as saturated.
    public var lateShare: Double
    /// Consecutive saturated seconds that make the run generator-bound.
    public var sustainedSeconds: Int

    /// The documented rule: 90 % CPU, 10 ms median loop lag, more than half of the starts ≥ 10 ms late,
    /// each for 3 s.
    public init(
        cpuShare: Double = 0.9, loopLagMilliseconds: Double = 10, startLagMilliseconds: Double = 10,
        lateShare: Double = 0.5, sustainedSeconds: Int = 3
    ) {
        self.cpuShare = cpuShare
        self.loopLagMilliseconds = loopLagMilliseconds
        self.startLagMilliseconds = startLagMilliseconds
        self.lateShare = lateShare
        self.sustainedSeconds = sustainedSeconds
    }
}
