import BarrageCore
import Synchronization

/// Passes and fails per check name, in the order checks were first seen, for the summary's
/// check table.
final class CheckTally: Sendable {
    private struct State {
        var order: [String] = []
        var counts: [String: (passes: UInt64, fails: UInt64)] = [:]
    }

    private let state = Mutex(State())

    func record(_ name: String, passed: Bool) {
        state.withLock { state in
            if state.counts[name] == nil {
                state.order.append(name)
                state.counts[name] = (0, 0)
            }
            if passed { state.counts[name]!.passes += 1 } else { state.counts[name]!.fails += 1 }
        }
    }

    var results: [CheckResult] {
        state.withLock { state in
            state.order.map { name in
                let counts = state.counts[name]!
                return CheckResult(name: name, passes: counts.passes, fails: counts.fails)
            }
        }
    }
}
