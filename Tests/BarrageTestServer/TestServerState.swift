import NIOCore
import Synchronization

/// The counters and knobs a test reads or turns while the server's loops run, shared
/// lock-free because every request touches them.
final class TestServerState: Sendable {
    private let served = Atomic<Int>(0)
    /// Uptime nanoseconds until which responses are held back; 0 when not stalled.
    private let stallEnd = Atomic<UInt64>(0)
    /// Nanoseconds (uptime, or the client's Unix clock) of the first `/stepped` request; 0 before it.
    private let steppedStart = Atomic<UInt64>(0)

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

    /// The `/stepped` delay: `steps[k]` during the k-th `every` ms since the first `/stepped` request, on
    /// the client's clock when the request says when it was sent, else on the server's.
    func steppedDelay(_ steps: [Int], every: Int, sentMilliseconds: Int? = nil) -> TimeAmount {
        let now = sentMilliseconds.map { UInt64($0) * 1_000_000 } ?? NIODeadline.now().uptimeNanoseconds
        _ = steppedStart.compareExchange(expected: 0, desired: now, ordering: .relaxed)
        let start = steppedStart.load(ordering: .relaxed)
        let elapsed = now > start ? now - start : 0
        let index = min(Int(elapsed / (UInt64(every) * 1_000_000)), steps.count - 1)
        return .milliseconds(Int64(steps[index]))
    }

    /// How long to wait before a response the route wants sent after `delay`.
    func responseDelay(_ delay: TimeAmount) -> TimeAmount {
        let now = NIODeadline.now()
        let due = now + delay
        let stallEnd = NIODeadline.uptimeNanoseconds(self.stallEnd.load(ordering: .relaxed))
        return (due < stallEnd ? stallEnd : due) - now
    }
}
