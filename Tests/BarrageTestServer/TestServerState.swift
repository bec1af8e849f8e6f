import NIOCore
import Synchronization

/// The counters and knobs a test reads or turns while the server's loops run, shared
/// lock-free because every request touches them.
final class TestServerState: Sendable {
    private let served = Atomic<Int>(0)
    /// Uptime nanoseconds until which responses are held back; 0 when not stalled.
    private let stallEnd = Atomic<UInt64>(0)

    /// Total requests answered or deliberately dropped.
    var requestCount: Int {
        served.load(ordering: .relaxed)
    }

    func countRequest() {
        served.add(1, ordering: .relaxed)
    }

    /// Holds every response due in the next `duration` until the window ends.
    func stall(for duration: Duration) {
        let end = NIODeadline.now() + TimeAmount(duration)
        stallEnd.store(end.uptimeNanoseconds, ordering: .relaxed)
    }

    /// How long to wait before a response the route wants sent after `delay`.
    func responseDelay(_ delay: TimeAmount) -> TimeAmount {
        let now = NIODeadline.now()
        let due = now + delay
        let stallEnd = NIODeadline.uptimeNanoseconds(self.stallEnd.load(ordering: .relaxed))
        return (due < stallEnd ? stallEnd : due) - now
    }
}
