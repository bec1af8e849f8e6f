/// The in-process cache layer's bookkeeping as a plain value: entries with an expiry and the catalogue
/// generation they were read under, bounded by count with least-recently-used eviction.
///
/// An entry is served only for the generation it was stored under, so one INCR of the catalogue
/// generation (by any instance) retires every entry at once, including fills that were still in flight.
/// Eviction trims to 90 % of the capacity in one pass, so its sort is paid once per many inserts.
struct LocalCacheStorage<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var value: Value
        var generation: Int64
        var expiresAt: ContinuousClock.Instant
        var lastUsed: UInt64
    }

    /// Most entries held.
    let capacity: Int
    /// How long an entry is served after it was stored.
    let timeToLive: Duration
    private var entries: [String: Entry] = [:]
    private var useCounter: UInt64 = 0

    init(capacity: Int, timeToLive: Duration) {
        self.capacity = capacity
        self.timeToLive = timeToLive
    }

    /// Whether the layer stores anything at all (a capacity or TTL of zero turns it off).
    var isEnabled: Bool { capacity > 0 && timeToLive > .zero }

    /// Entries currently held, expired ones included until they are looked up or evicted.
    var count: Int { entries.count }

    /// The value stored under `key` for `generation`, unless it expired; stale entries are dropped.
    mutating func value(for key: String, generation: Int64, now: ContinuousClock.Instant) -> Value? {
        guard var entry = entries[key] else { return nil }
        guard entry.generation == generation, entry.expiresAt > now else {
            entries[key] = nil
            return nil
        }
        useCounter += 1
        entry.lastUsed = useCounter
        entries[key] = entry
        return entry.value
    }

    /// Stores `value` for `generation`, evicting the least recently used entries when over capacity.
    mutating func insert(_ value: Value, for key: String, generation: Int64, now: ContinuousClock.Instant) {
        guard isEnabled else { return }
        useCounter += 1
        entries[key] = Entry(value: value, generation: generation, expiresAt: now.advanced(by: timeToLive), lastUsed: useCounter)
        if entries.count > capacity {
            evictLeastRecentlyUsed(keeping: max(1, capacity * 9 / 10))
        }
    }

    /// Forgets everything, e.g. when the catalogue generation moves.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
    }

    private mutating func evictLeastRecentlyUsed(keeping survivors: Int) {
        let victims = entries.sorted { $0.value.lastUsed < $1.value.lastUsed }.prefix(entries.count - survivors)
        for (key, _) in victims {
            entries[key] = nil
        }
    }
}
