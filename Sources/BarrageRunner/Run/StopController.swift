import Synchronization

/// The run-wide stop state every executor and VU consults.
///
/// A *graceful* stop (first signal, an `abortOnFail` threshold) stops scheduling new iterations
/// and lets in-flight ones finish within each scenario's `gracefulStop`; a *hard* stop ends
/// in-flight work, whose results are then discarded.
final class StopController: Sendable {
    /// Why the run stopped early, if it did.
    enum Reason: Int, Sendable {
        case none = 0
        case interrupted = 1
        case thresholdAborted = 2
    }

    private let reasonValue = Atomic<Int>(0)
    private let gracefulRequested = Atomic<Bool>(false)
    private let waiters = Mutex<(nextID: Int, pending: [Int: CheckedContinuation<Void, Never>])>((0, [:]))

    /// True once the run should start nothing new.
    var isStopping: Bool { gracefulRequested.load(ordering: .acquiring) }

    /// Why the run is stopping early (`.none` while it runs as planned).
    var reason: Reason { Reason(rawValue: reasonValue.load(ordering: .acquiring)) ?? .none }

    /// Asks for a graceful stop; the first reason given is kept.
    func requestStop(_ reason: Reason) {
        _ = reasonValue.compareExchange(expected: 0, desired: reason.rawValue, ordering: .acquiringAndReleasing)
        guard !gracefulRequested.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let pending = waiters.withLock { state in
            defer { state.pending.removeAll() }
            return Array(state.pending.values)
        }
        for waiter in pending { waiter.resume() }
    }

    /// Suspends until a stop is requested or the task is cancelled; returns at once if a stop
    /// already was requested.
    func waitForStop() async {
        let id = waiters.withLock { state in
            defer { state.nextID += 1 }
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = waiters.withLock { state -> Bool in
                    if gracefulRequested.load(ordering: .acquiring) || Task.isCancelled { return true }
                    state.pending[id] = continuation
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let waiter = waiters.withLock { $0.pending.removeValue(forKey: id) }
            waiter?.resume()
        }
    }

    /// Sleeps until `deadline` or until a stop is requested, whichever comes first.
    /// Returns true when a stop has been requested.
    func sleep(until deadline: ContinuousClock.Instant) async -> Bool {
        if isStopping { return true }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { try? await Task.sleep(until: deadline, clock: .continuous) }
            group.addTask { await self.waitForStop() }
            _ = await group.next()
            group.cancelAll()
        }
        return isStopping
    }
}
