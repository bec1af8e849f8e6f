import Synchronization

/// The run-wide counter of rows taken from one `unique-iteration` data file, shared by every VU
/// of every scenario reading it.
final class DataTicket: Sendable {
    private let taken = Atomic<Int>(0)

    /// The number of rows taken before this call (0 for the first).
    func take() -> Int {
        taken.wrappingAdd(1, ordering: .relaxed).oldValue
    }
}
