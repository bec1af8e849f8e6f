import BarrageCore
import NIOCore
import Synchronization

/// One event loop's share of an arrival-rate scenario: the starts it makes (an
/// ``ArrivalLaneCursor``) and the VUs idle on its loop. The loop's ``ArrivalTicker`` asks it to
/// release its due starts.
///
/// Everything happens on the loop: releasing a start resumes a VU parked on the same loop, so no
/// task is created, no other thread is woken and no lock is taken between the schedule and the
/// request. (The first version slept in a task on Dispatch's timer thread and hopped to the VU's
/// loop for every start; at 5,000 starts a second the thread switching cost more than the requests.)
final class ArrivalLane: Sendable {
    /// What waits on a lane for a start.
    private enum IdleVU {
        /// Allocated but never started: its task is made with its first start.
        case fresh(VirtualUser)
        /// Finished an iteration and waits for the next start (nil: the lane has ended).
        case parked(UnsafeContinuation<ContinuousClock.Instant?, Never>)
    }

    private struct State {
        var cursor: ArrivalLaneCursor
        var idle: [IdleVU]
        var isFinished = false
    }

    let loop: any EventLoop
    private let ticker: ArrivalTicker
    private let execution: ArrivalExecution
    private let state: NIOLoopBoundBox<State>
    /// Idle VUs here, read by other lanes looking for one to hand a start to.
    private let idleCount: Atomic<Int>

    init(ticker: ArrivalTicker, cursor: ArrivalLaneCursor, preallocated: [VirtualUser], execution: ArrivalExecution) {
        self.loop = ticker.loop
        self.ticker = ticker
        self.execution = execution
        self.idleCount = Atomic(preallocated.count)
        self.state = .makeBoxSendingValue(
            State(cursor: cursor, idle: preallocated.map(IdleVU.fresh)), eventLoop: ticker.loop)
    }

    /// Whether a VU is idle here, so a start another lane cannot make may be handed over.
    var hasIdleVU: Bool { idleCount.load(ordering: .relaxed) > 0 }

    /// Joins the loop's ticker; on the loop.
    func begin() {
        guard !state.value.isFinished else { return }
        ticker.add(self)
    }

    /// Releases every start due by `now`; returns when the next one is due, or nil when the lane has
    /// ended (a stop, exhausted data, or the end of its share). Called by the ticker, on the loop.
    func releaseDueStarts(now: NIODeadline) -> NIODeadline? {
        guard !state.value.isFinished else { return nil }
        let context = execution.context
        let elapsed = Duration.nanoseconds(Int64(now.uptimeNanoseconds) - Int64(execution.startDeadline.uptimeNanoseconds))
        while let start = state.value.cursor.takeDue(by: elapsed) {
            guard !context.stop.isStopping, !context.isDataExhausted else {
                finish()
                return nil
            }
            release(context.start + start.offset)
        }
        guard let next = state.value.cursor.next else {
            finish()
            return nil
        }
        return execution.startDeadline + TimeAmount(next.offset)
    }

    /// Starts one iteration meant to start at `intended`: on an idle VU of this loop, else a new VU
    /// while fewer than `maxVUs` exist, else an idle VU of another loop; when every VU is busy the
    /// start is dropped and counted, never queued.
    private func release(_ intended: ContinuousClock.Instant) {
        if startOnIdleVU(intended) { return }
        if execution.reserveVU() {
            execution.launch(execution.context.makeVU(on: loop), on: self, first: intended)
        } else if let other = execution.lane(withIdleVUBesides: self) {
            other.loop.execute { other.takeHandedOver(intended) }
        } else {
            execution.recordDropped()
        }
    }

    /// A start another lane could not make; dropped if this lane has no idle VU by now either.
    private func takeHandedOver(_ intended: ContinuousClock.Instant) {
        if !state.value.isFinished, startOnIdleVU(intended) { return }
        if !execution.context.stop.isStopping { execution.recordDropped() }
    }

    private func startOnIdleVU(_ intended: ContinuousClock.Instant) -> Bool {
        guard let idle = state.value.idle.popLast() else { return false }
        idleCount.subtract(1, ordering: .relaxed)
        switch idle {
        case .fresh(let vu): execution.launch(vu, on: self, first: intended)
        case .parked(let continuation): continuation.resume(returning: intended)
        }
        return true
    }

    /// Parks a VU of this loop until its next start; called by the VU, on the loop. Resumes with nil
    /// once the lane has ended.
    func park(_ continuation: UnsafeContinuation<ContinuousClock.Instant?, Never>) {
        guard !state.value.isFinished else { return continuation.resume(returning: nil) }
        state.value.idle.append(.parked(continuation))
        idleCount.add(1, ordering: .relaxed)
    }

    /// Ends the lane: no more starts; parked VUs are let go. Idempotent; on the loop.
    func finish() {
        guard !state.value.isFinished else { return }
        state.value.isFinished = true
        state.value.cursor.end()
        ticker.remove(self)
        let idle = state.value.idle
        state.value.idle.removeAll()
        idleCount.store(0, ordering: .relaxed)
        for case .parked(let continuation) in idle { continuation.resume(returning: nil) }
        execution.laneFinished()
    }
}

extension VirtualUser {
    /// An arrival-rate VU's life: run the iteration it was given, park on its lane, run the next
    /// one it is given, until the lane ends. Parking and release both happen on the VU's own loop.
    func serveArrivals(from lane: ArrivalLane, first: ContinuousClock.Instant, _ context: ScenarioContext) async {
        var next: ContinuousClock.Instant? = first
        while let intended = next {
            context.accounting.activate()
            _ = await runIteration(context, intendedStart: intended)
            context.accounting.deactivate()
            next = await withUnsafeContinuation { lane.park($0) }
        }
    }
}
