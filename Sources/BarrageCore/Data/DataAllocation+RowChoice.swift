/// The row an iteration reads, decided from plain numbers so every allocation rule is unit tested
/// without a run.
public enum DataRowChoice: Sendable, Equatable {
    /// Read this row.
    case row(Int)
    /// `unique-iteration` ran out of rows and its policy is `stop`.
    case stop
    /// No row may be handed out (`unique` with more VUs than rows, `unique-iteration` with `fail`).
    case unavailable
}

extension DataAllocation {
    /// The row for one iteration.
    ///
    /// - Parameters:
    ///   - rows: rows in the file (at least one).
    ///   - vu: the VU number, from 1.
    ///   - iteration: the VU's iteration number, from 0.
    ///   - ticket: for `unique-iteration`, the run-wide count of rows taken before this one.
    ///   - randomBits: for `random`, 64 bits from the VU's generator.
    public func choose(rows: Int, vu: Int, iteration: Int, ticket: Int, randomBits: UInt64) -> DataRowChoice {
        switch self {
        case .sequential:
            return .row(iteration % rows)
        case .random:
            return .row(Int(randomBits % UInt64(rows)))
        case .unique:
            return vu >= 1 && vu <= rows ? .row(vu - 1) : .unavailable
        case .uniqueIteration(let onExhausted):
            if ticket < rows { return .row(ticket) }
            switch onExhausted {
            case .recycle: return .row(ticket % rows)
            case .stop: return .stop
            case .fail: return .unavailable
            }
        }
    }
}
