import Foundation
import Synchronization

/// Where catalogue reads get current stock: `StockLevels` in memory, with the figures that are missing or
/// older than the freshness limit fetched from PostgreSQL in one query per read, and this instance's own
/// stock writes recorded as they commit.
///
/// Cached bodies never hold stock (see `CatalogTemplate`), so a sale changes one figure here instead of
/// evicting every cached page that shows the product.
final class StockBook: Sendable {
    /// No figure could be had for these products: PostgreSQL did not answer and none was known before.
    struct Unavailable: Error, CustomStringConvertible {
        var productIDs: [UUID]
        var cause: any Error
        var description: String { "stock of \(productIDs.count) products unavailable: \(cause)" }
    }

    private let levels: Mutex<StockLevels>
    private let fetch: @Sendable ([UUID]) async throws -> [StockLevel]
    private let now: @Sendable () -> ContinuousClock.Instant

    /// A book whose figures are served for `freshness` after they were read or written; `fetch` reads the
    /// current levels of the given products from PostgreSQL.
    init(
        freshness: Duration,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        fetch: @escaping @Sendable ([UUID]) async throws -> [StockLevel]
    ) {
        levels = Mutex(StockLevels(freshness: freshness))
        self.fetch = fetch
        self.now = now
    }

    /// The current stock of `ids`. When PostgreSQL cannot be asked, the last figures known are used: while
    /// it is down no stock can change, except by writes another instance made in the last moments.
    func stock(of ids: [UUID]) async throws -> [UUID: Int] {
        let lookup = levels.withLock { $0.lookup(ids, now: now()) }
        var result = lookup.fresh
        let stale = lookup.stale
        guard !stale.isEmpty else { return result }
        do {
            record(try await fetch(stale))
        } catch {
            let known = levels.withLock { levels in stale.filter { levels.lastKnown($0) != nil } }
            guard known.count == stale.count else {
                throw Unavailable(productIDs: stale.filter { !known.contains($0) }, cause: error)
            }
        }
        try levels.withLock { levels in
            var missing: [UUID] = []
            for id in stale {
                if let stock = levels.lastKnown(id) { result[id] = stock } else { missing.append(id) }
            }
            if !missing.isEmpty { throw Unavailable(productIDs: missing, cause: StockRowMissing()) }
        }
        return result
    }

    /// Records levels this instance just wrote (or read), so its own reads show them at once.
    func record(_ written: [StockLevel]) {
        let instant = now()
        levels.withLock { levels in
            for level in written { levels.record(level, now: instant) }
        }
    }

    /// PostgreSQL has no stock row for a product a cached body shows (only a hand-edited database can do this).
    struct StockRowMissing: Error {}
}
