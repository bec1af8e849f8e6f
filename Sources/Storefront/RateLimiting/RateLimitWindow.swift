/// One client's current rate-limit window: requests counted so far and when the window ends.
public struct RateLimitWindow: Sendable, Hashable {
    /// Requests allowed in this window so far.
    public var count: Int
    /// When the window ends and the count starts again from zero.
    public var endsAt: ContinuousClock.Instant

    /// Creates a window state; mostly for tests and for stores that persist windows.
    public init(count: Int, endsAt: ContinuousClock.Instant) {
        self.count = count
        self.endsAt = endsAt
    }
}
