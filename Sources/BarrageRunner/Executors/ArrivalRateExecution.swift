import BarrageCore
import Synchronization

/// `constant-arrival-rate` and `ramping-arrival-rate`: iterations start on the schedule's clock,
/// whatever the server does (the open model).
///
/// Each start takes an idle VU; when none is idle a new one is created, up to `maxVUs`. When all
/// `maxVUs` are busy the start is *dropped* and counted in `dropped_iterations` — it is not
/// queued, because a queue would turn the open model back into a closed one and hide the stall.
/// An iteration that starts late is measured from its intended start, and the delay is recorded
/// as `iteration_start_lag`.
enum ArrivalRateExecution {
    static func run(_ context: ScenarioContext, schedule: ArrivalRateSchedule, options: ArrivalRateOptions) async {
        let pool = IdlePool(preallocated: (0..<options.preAllocatedVUs).map { _ in context.makeVU() })
        // Zero drops is an observation, so `dropped_iterations: count==0` can pass.
        context.recorder.recordDroppedIterations(0, tags: context.scenarioTags)
        await ScenarioSupervision.run(context) {
            await withDiscardingTaskGroup { group in
                for index in 0..<schedule.totalIterations {
                    guard let offset = schedule.startTime(ofIteration: index) else { break }
                    let intended = context.start + offset
                    if ContinuousClock.now < intended, await context.stop.sleep(until: intended) { break }
                    guard !context.stop.isStopping, !context.isDataExhausted, !Task.isCancelled else { break }
                    let vu: VirtualUser
                    if let idle = pool.take() {
                        vu = idle
                    } else if pool.created < options.maxVUs {
                        vu = context.makeVU()
                        pool.countCreated()
                    } else {
                        context.recorder.recordDroppedIterations(1, tags: context.scenarioTags)
                        continue
                    }
                    group.addTask(executorPreference: vu.taskExecutor) {
                        context.accounting.activate()
                        _ = await vu.runIteration(context, intendedStart: intended)
                        context.accounting.deactivate()
                        pool.giveBack(vu)
                    }
                }
            }
        }
    }

    /// VUs waiting for their next iteration, and how many the scenario has made.
    private final class IdlePool: Sendable {
        private struct State {
            var idle: [VirtualUser]
            var created: Int
        }

        private let state: Mutex<State>

        init(preallocated: [VirtualUser]) {
            self.state = Mutex(State(idle: preallocated, created: preallocated.count))
        }

        var created: Int { state.withLock { $0.created } }
        func countCreated() { state.withLock { $0.created += 1 } }
        func take() -> VirtualUser? { state.withLock { $0.idle.popLast() } }
        func giveBack(_ vu: VirtualUser) { state.withLock { $0.idle.append(vu) } }
    }
}
