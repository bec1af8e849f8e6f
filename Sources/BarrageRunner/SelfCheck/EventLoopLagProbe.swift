import BarrageCore
import NIOCore
import Synchronization

/// Measures how long work waits in barrage's event loops before it runs: every `interval` it submits a
/// no-op task to each loop of the HTTP engine and records the delay until the task runs. A response that
/// arrives while a loop is this far behind waits as long before it is timed, so a growing lag means the
/// latencies include barrage's own queueing. Costs one task per loop per interval, never one per request.
final class EventLoopLagProbe: Sendable {
    private let loops: [any EventLoop]
    private let interval: Duration
    private let lags = Mutex(TrendAggregate())

    init(loops: [any EventLoop], interval: Duration = .milliseconds(10)) {
        self.loops = loops
        self.interval = interval
    }

    /// Probes until cancelled.
    func run() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            for loop in loops {
                let submitted = ContinuousClock.now
                loop.execute { self.record(since: submitted) }
            }
        }
    }

    private func record(since submitted: ContinuousClock.Instant) {
        let lag = (ContinuousClock.now - submitted).seconds * 1000
        lags.withLock { $0.add(lag) }
    }

    /// The delays recorded since the last call (in ms), and a fresh start for the next interval.
    func drain() -> TrendAggregate {
        lags.withLock { lags in
            defer { lags = TrendAggregate() }
            return lags
        }
    }
}
