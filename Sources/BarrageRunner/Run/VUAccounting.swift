import Synchronization

/// Run-wide VU numbers: the next VU id, how many VUs exist (`vus_max`) and how many are busy
/// (`vus`). Read by the progress line and sampled into the gauges each second.
final class VUAccounting: Sendable {
    private let nextID = Atomic<Int>(1)
    private let allocatedCount = Atomic<Int>(0)
    private let activeCount = Atomic<Int>(0)

    /// A fresh run-wide VU id; also counts the VU as allocated.
    func allocate() -> Int {
        allocatedCount.add(1, ordering: .relaxed)
        return nextID.add(1, ordering: .relaxed).oldValue
    }

    func activate() { activeCount.add(1, ordering: .relaxed) }
    func deactivate() { activeCount.subtract(1, ordering: .relaxed) }

    /// VUs currently running iterations (k6's `vus`).
    var active: Int { activeCount.load(ordering: .relaxed) }
    /// VUs created so far (k6's `vus_max`).
    var allocated: Int { allocatedCount.load(ordering: .relaxed) }
}
