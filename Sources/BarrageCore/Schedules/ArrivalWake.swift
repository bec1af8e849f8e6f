/// When an event loop next wakes to start arrival-rate iterations, having just released the due
/// ones: at the earliest start any of its scenarios has left, but never sooner than `minimumGap`
/// after this release. Starts further apart than the gap are each released on time; closer ones are
/// released together, at most `minimumGap` late (and measured from their intended start, as any late
/// start is).
///
/// Times are offsets from any one instant the caller chooses; a value without clocks, so the rule is
/// tested without timers.
public enum ArrivalWake {
    /// The next wake-up after releasing at `releasedAt`, or nil when no start is left.
    public static func next(
        releasedAt: Duration, nextStarts: some Sequence<Duration>, minimumGap: Duration
    ) -> Duration? {
        nextStarts.min().map { Swift.max($0, releasedAt + minimumGap) }
    }
}
