import BarrageCore
import NIOCore
import Synchronization

/// The one timer that starts arrival-rate iterations on an event loop, shared by every arrival-rate
/// scenario with VUs there. When it fires, each scenario's ``ArrivalLane`` on the loop releases its
/// due starts, and the timer is armed once for the earliest start left (``ArrivalWake``).
///
/// Each wake-up of an idle loop costs tens of microseconds of CPU (the timer, epoll, two context
/// switches), more than the request it starts: with a timer per start, or per scenario, a mix such as
/// `peak.yaml` cost several times h2load's CPU per request. So starts less than ``minimumGap`` apart
/// are released together, at most that late (the resolution of wrk2's and h2load's timers); the
/// delay is recorded as `iteration_start_lag` and, like any late start, counted in the latency.
/// Starts further apart are released on time.
final class ArrivalTicker: Sendable {
    static let minimumGap = Duration.milliseconds(1)

    private struct State {
        var lanes: [ArrivalLane] = []
        var timer: NIOScheduledCallback?
        var armedFor: NIODeadline?
    }

    private struct Timer: NIOScheduledCallbackHandler, Sendable {
        let ticker: ArrivalTicker
        func handleScheduledCallback(eventLoop: some EventLoop) { ticker.tick(firing: true) }
    }

    let loop: any EventLoop
    /// The instant the ticker's offsets count from.
    private let epoch: NIODeadline
    private let state: NIOLoopBoundBox<State>

    init(loop: any EventLoop) {
        self.loop = loop
        self.epoch = .now()
        self.state = .makeBoxSendingValue(State(), eventLoop: loop)
    }

    /// Starts serving `lane`, releasing what it has due at once; on the loop.
    func add(_ lane: ArrivalLane) {
        state.value.lanes.append(lane)
        tick(firing: false)
    }

    /// Stops serving `lane`; on the loop.
    func remove(_ lane: ArrivalLane) {
        state.value.lanes.removeAll { $0 === lane }
        if state.value.lanes.isEmpty {
            state.value.timer?.cancel()
            state.value.timer = nil
            state.value.armedFor = nil
        }
    }

    /// Releases every lane's due starts and arms the timer for the next wake-up.
    private func tick(firing: Bool) {
        if firing {
            state.value.timer = nil
            state.value.armedFor = nil
        }
        let now = NIODeadline.now()
        var nextStarts: [Duration] = []
        // A lane that ends removes itself meanwhile, so walk a copy.
        for lane in state.value.lanes {
            if let next = lane.releaseDueStarts(now: now) { nextStarts.append(offset(of: next)) }
        }
        guard let wake = ArrivalWake.next(releasedAt: offset(of: now), nextStarts: nextStarts, minimumGap: Self.minimumGap)
        else { return }
        let deadline = epoch + TimeAmount(wake)
        if let armed = state.value.armedFor, armed <= deadline { return }
        state.value.timer?.cancel()
        state.value.timer = try? loop.scheduleCallback(at: deadline, handler: Timer(ticker: self))
        state.value.armedFor = state.value.timer == nil ? nil : deadline
    }

    private func offset(of deadline: NIODeadline) -> Duration {
        .nanoseconds(Int64(deadline.uptimeNanoseconds) - Int64(epoch.uptimeNanoseconds))
    }
}

/// The ``ArrivalTicker`` of each event loop of a run, made when a scenario first needs it.
final class ArrivalTickers: Sendable {
    private let tickers = Mutex<[ObjectIdentifier: ArrivalTicker]>([:])

    func ticker(for loop: any EventLoop) -> ArrivalTicker {
        tickers.withLock { tickers in
            if let existing = tickers[ObjectIdentifier(loop)] { return existing }
            let ticker = ArrivalTicker(loop: loop)
            tickers[ObjectIdentifier(loop)] = ticker
            return ticker
        }
    }
}
