import Foundation

/// The in-process stock figures that cached catalogue bodies are rendered with, as a plain value: one
/// entry per product with the version it was written at and when it was last confirmed.
///
/// An entry is served while it is younger than `freshness`; after that the product's level is fetched
/// from PostgreSQL again. So another instance's write shows here within `freshness`, and this instance's
/// own writes (recorded from their `RETURNING`) show at once. A reading never replaces a newer version,
/// so a fetch that started before a write and finished after it cannot bring the old figure back.
struct StockLevels: Sendable {
    private struct Entry: Sendable {
        var stock: Int
        var version: Int64
        var confirmedAt: ContinuousClock.Instant
    }

    /// How long a figure is served before it is fetched again.
    let freshness: Duration
    private var entries: [UUID: Entry] = [:]

    init(freshness: Duration) {
        self.freshness = freshness
    }

    /// Products held, fresh or not.
    var count: Int { entries.count }

    /// The fresh figures among `ids`, and the ids that must be fetched (unknown or too old).
    func lookup(_ ids: some Sequence<UUID>, now: ContinuousClock.Instant) -> (fresh: [UUID: Int], stale: [UUID]) {
        var fresh: [UUID: Int] = [:]
        var stale: [UUID] = []
        for id in ids {
            if let entry = entries[id], now - entry.confirmedAt < freshness {
                fresh[id] = entry.stock
            } else {
                stale.append(id)
            }
        }
        return (fresh, stale)
    }

    /// The last figure known for `id`, however old (for when PostgreSQL cannot be asked).
    func lastKnown(_ id: UUID) -> Int? {
        entries[id]?.stock
    }

    /// Records a figure read or written at `now`: a newer or equal version replaces (and re-confirms) the
    /// held one, an older one is ignored. Memory grows with the products read, at most the catalogue.
    mutating func record(_ level: StockLevel, now: ContinuousClock.Instant) {
        if let held = entries[level.productID], held.version > level.version {
            return
        }
        entries[level.productID] = Entry(stock: level.stock, version: level.version, confirmedAt: now)
    }
}
