import BarrageCore
import NIOCore
import Synchronization

/// `constant-arrival-rate` and `ramping-arrival-rate`: iterations start on the schedule's clock,
/// whatever the server does (the open model).
///
/// The schedule is shared among the engine's event loops, one ``ArrivalLane`` each, which start
/// their iterations on VUs of their own loop. Each start takes an idle VU; when none is idle a new
/// one is created, up to `maxVUs`. When all `maxVUs` are busy the start is *dropped* and counted in
/// `dropped_iterations`; it is not queued, because a queue would turn the open model back into a
/// closed one and hide the stall. An iteration that starts late is measured from its intended
/// start, and the delay is recorded as `iteration_start_lag`.
enum ArrivalRateExecution {
    static func run(_ context: ScenarioContext, schedule: ArrivalRateSchedule, options: ArrivalRateOptions) async {
        // Zero drops is an observation, so `dropped_iterations: count==0` can pass.
        context.recorder.recordDroppedIterations(0, tags: context.scenarioTags)
        let execution = ArrivalExecution(context: context, schedule: schedule, options: options)
        await ScenarioSupervision.run(context) {
            await execution.run()
        }
    }
}

/// What an arrival-rate scenario's lanes share: the VU budget, the VUs' tasks, and the wait for
/// the lanes to end.
final class ArrivalExecution: Sendable {
    private struct Progress {
        var lanesRunning: Int
        var waiter: CheckedContinuation<Void, Never>?
        var tasks: [Task<Void, Never>] = []
    }

    let context: ScenarioContext
    /// The scenario's start in the event loops' clock, which their timers use.
    let startDeadline: NIODeadline
    private let maxVUs: Int
    private let created: Atomic<Int>
    private let progress: Mutex<Progress>
    private let lanesStorage: Mutex<[ArrivalLane]>

    init(context: ScenarioContext, schedule: ArrivalRateSchedule, options: ArrivalRateOptions) {
        self.context = context
        let untilStart = context.start - ContinuousClock.now
        self.startDeadline = NIODeadline.now() + TimeAmount(untilStart)
        self.maxVUs = options.maxVUs
        let loops = Array(context.engine.eventLoopGroup.makeIterator())
        self.created = Atomic(options.preAllocatedVUs)
        self.progress = Mutex(Progress(lanesRunning: loops.count))
        self.lanesStorage = Mutex([])
        let preallocated = (0..<options.preAllocatedVUs).map { index in
            context.makeVU(on: loops[index % loops.count])
        }
        let lanes = loops.enumerated().map { lane, loop in
            ArrivalLane(
                ticker: context.arrivalTickers.ticker(for: loop),
                cursor: ArrivalLaneCursor(schedule: schedule, lane: lane, of: loops.count),
                preallocated: preallocated.filter { $0.eventLoop === loop },
                execution: self)
        }
        lanesStorage.withLock { $0 = lanes }
    }

    private var lanes: [ArrivalLane] { lanesStorage.withLock { $0 } }

    /// Runs the lanes until each has ended (schedule done, stop requested, data exhausted, or the
    /// task cancelled by a hard stop), then waits for every VU's last iteration.
    func run() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await self.context.stop.waitForStop()
                self.finishAllLanes()
            }
            await withTaskCancellationHandler {
                await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
                    let done = progress.withLock { progress in
                        if progress.lanesRunning == 0 { return true }
                        progress.waiter = waiter
                        return false
                    }
                    if done { return waiter.resume() }
                    for lane in lanes { lane.loop.execute { lane.begin() } }
                }
            } onCancel: {
                finishAllLanes()
            }
            group.cancelAll()
        }
        for task in progress.withLock({ $0.tasks }) { await task.value }
        // The lanes and this object refer to each other; the scenario is over, so let them go.
        lanesStorage.withLock { $0.removeAll() }
    }

    /// Takes one VU from the `maxVUs` budget; false when all exist already.
    func reserveVU() -> Bool {
        var current = created.load(ordering: .relaxed)
        while current < maxVUs {
            let (exchanged, original) = created.compareExchange(
                expected: current, desired: current + 1, ordering: .relaxed)
            if exchanged { return true }
            current = original
        }
        return false
    }

    /// Starts `vu`'s task on its loop with its first iteration.
    func launch(_ vu: VirtualUser, on lane: ArrivalLane, first: ContinuousClock.Instant) {
        let context = self.context
        let task = Task(executorPreference: vu.taskExecutor) {
            await vu.serveArrivals(from: lane, first: first, context)
        }
        progress.withLock { $0.tasks.append(task) }
    }

    /// Another lane with an idle VU, if any.
    func lane(withIdleVUBesides lane: ArrivalLane) -> ArrivalLane? {
        lanes.first { $0 !== lane && $0.hasIdleVU }
    }

    /// Counts one start that found every VU busy.
    func recordDropped() {
        context.recorder.recordDroppedIterations(1, tags: context.scenarioTags)
    }

    /// Called by each lane once, when it ends.
    func laneFinished() {
        let waiter = progress.withLock { progress -> CheckedContinuation<Void, Never>? in
            progress.lanesRunning -= 1
            guard progress.lanesRunning == 0 else { return nil }
            defer { progress.waiter = nil }
            return progress.waiter
        }
        waiter?.resume()
    }

    private func finishAllLanes() {
        for lane in lanes { lane.loop.execute { lane.finish() } }
    }
}
