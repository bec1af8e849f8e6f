import BarrageCore
import Synchronization

/// `ramping-vus`: the VU count follows the stages. VUs added by a rise start looping at once;
/// VUs removed by a fall finish their current iteration, or are interrupted after
/// `gracefulRampDown` (k6's semantics). The highest-numbered VUs leave first.
enum RampingVUsExecution {
    static func run(_ context: ScenarioContext, schedule: RampingVUsSchedule, gracefulRampDown: Duration) async {
        let slots = (0..<schedule.maxVUs).map { _ in Slot(vu: context.makeVU()) }
        await ScenarioSupervision.run(context) {
            await withTaskGroup(of: Void.self) { group in
                var running = 0
                for change in schedule.changes() {
                    if await context.stop.sleep(until: context.start + change.time) { break }
                    while running < change.vus {
                        let slot = slots[running]
                        if slot.rejoin() {
                            group.addTask(executorPreference: slot.vu.taskExecutor) { await slot.loop(in: context) }
                        }
                        running += 1
                    }
                    while running > change.vus {
                        running -= 1
                        let slot = slots[running]
                        slot.retire()
                        group.addTask {
                            try? await Task.sleep(for: gracefulRampDown)
                            await slot.interruptIfStillRunning()
                        }
                    }
                }
                _ = await context.stop.sleep(until: context.scheduleEnd)
            }
        }
    }

    /// One VU position in the ramp, reused when the count rises again.
    private final class Slot: Sendable {
        private enum State {
            case idle
            case running
            /// Asked to leave; finishing its current iteration.
            case retiring
        }

        let vu: VirtualUser
        private let state = Mutex(State.idle)

        init(vu: VirtualUser) { self.vu = vu }

        /// Puts the slot back in the ramp. Returns true when a new loop must be started; a slot
        /// still finishing its last iteration just carries on.
        func rejoin() -> Bool {
            state.withLock { state in
                defer { state = .running }
                return state == .idle
            }
        }

        func retire() {
            state.withLock { state in
                if state == .running { state = .retiring }
            }
        }

        func loop(in context: ScenarioContext) async {
            await vu.runClosedLoop(context) { _ in
                self.state.withLock { state in
                    guard state == .retiring else { return true }
                    state = .idle
                    return false
                }
            }
            state.withLock { $0 = .idle }
        }

        /// Ends an iteration that overran the ramp-down grace period.
        func interruptIfStillRunning() async {
            guard state.withLock({ $0 == .retiring }) else { return }
            await vu.interrupt()
        }
    }
}
