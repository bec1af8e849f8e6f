import BarrageCore
import Synchronization

/// Passes and fails per check name, in the order checks were first seen, for the summary's
/// check table.
///
/// A flow's checks get a slot when the scenario starts (``slot(for:)``), so counting one costs an
/// array increment instead of hashing its name; checks named only at run time (a variable without
/// a value, a missed pace) use ``record(_:passed:)``.
final class CheckTally: Sendable {
    /// A check's place in the tally.
    struct Slot: Sendable, Hashable {
        fileprivate let index: Int
    }

    private struct State {
        var names: [String] = []
        var slots: [String: Int] = [:]
        var counts: [(passes: UInt64, fails: UInt64)] = []
        /// Slots in the order their first outcome arrived.
        var seen: [Int] = []

        mutating func slot(for name: String) -> Int {
            if let index = slots[name] { return index }
            names.append(name)
            counts.append((0, 0))
            slots[name] = names.count - 1
            return names.count - 1
        }

        mutating func record(_ index: Int, passed: Bool) {
            if counts[index] == (0, 0) { seen.append(index) }
            if passed { counts[index].passes += 1 } else { counts[index].fails += 1 }
        }
    }

    private let state = Mutex(State())

    /// The slot of the check `name`, the same for every call with that name.
    func slot(for name: String) -> Slot {
        Slot(index: state.withLock { $0.slot(for: name) })
    }

    /// Counts one outcome of the check in `slot`.
    func record(_ slot: Slot, passed: Bool) {
        state.withLock { $0.record(slot.index, passed: passed) }
    }

    /// Counts one outcome of the check `name`.
    func record(_ name: String, passed: Bool) {
        state.withLock { state in
            state.record(state.slot(for: name), passed: passed)
        }
    }

    var results: [CheckResult] {
        state.withLock { state in
            state.seen.map { index in
                CheckResult(name: state.names[index], passes: state.counts[index].passes, fails: state.counts[index].fails)
            }
        }
    }
}
