/// What this instance knows about the catalogue generation, the Redis counter every product change
/// increments: its last value and when Redis last confirmed it.
///
/// The rule for the in-process layer: it serves entries only under a generation confirmed within
/// `2 × checkInterval`, and re-reads the counter once `checkInterval` has passed. So another instance's
/// write is visible here after at most `checkInterval` (plus one Redis round trip), and while Redis is
/// unreachable nothing is served from memory at all — reads go to PostgreSQL.
struct CatalogGeneration: Sendable, Equatable {
    /// How often the counter is re-read.
    let checkInterval: Duration
    private(set) var value: Int64?
    private var confirmedAt: ContinuousClock.Instant?

    init(checkInterval: Duration) {
        self.checkInterval = checkInterval
    }

    /// Whether the counter should be read from Redis before serving at `now`.
    func needsRefresh(now: ContinuousClock.Instant) -> Bool {
        guard let confirmedAt else { return true }
        return now - confirmedAt >= checkInterval
    }

    /// The generation the caches may use at `now`, or nil when it is too old to trust.
    func usable(now: ContinuousClock.Instant) -> Int64? {
        guard let value, let confirmedAt, now - confirmedAt < checkInterval * 2 else { return nil }
        return value
    }

    /// Records a value read from (or just written to) Redis; returns whether it differs from the last one,
    /// in which case the caller drops its in-process entries.
    @discardableResult
    mutating func confirm(_ generation: Int64, now: ContinuousClock.Instant) -> Bool {
        let changed = value != generation
        value = generation
        confirmedAt = now
        return changed
    }

    /// Forgets the value, e.g. after a change could not be published to Redis: the in-process layer
    /// stays off until Redis confirms a generation again.
    mutating func invalidate() {
        value = nil
        confirmedAt = nil
    }
}
