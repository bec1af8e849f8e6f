import Synchronization

/// A counter that concurrent closures under test share (calls made, loads run, answers given).
final class Tally: Sendable {
    private let count = Mutex(0)

    /// Adds one and returns the new count.
    @discardableResult func add() -> Int {
        count.withLock {
            $0 += 1
            return $0
        }
    }

    /// The count so far.
    var value: Int { count.withLock { $0 } }
}
