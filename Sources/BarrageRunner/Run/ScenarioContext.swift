import BarrageCore
import BarrageHTTP
import NIOCore
import Synchronization

/// Everything the VUs of one scenario share while it runs: the plan's pieces prepared once,
/// the metrics sink, and the stop state. Immutable apart from the atomic flags.
final class ScenarioContext: Sendable {
    let scenario: Scenario
    let timeline: ScenarioTimeline
    let requestBuilder: RequestBuilder
    let recorder: MetricsRecorder
    let stop: StopController
    let accounting: VUAccounting
    let engine: HTTPClientEngine
    /// When the run (not this scenario) started.
    let runStart: ContinuousClock.Instant
    /// Tags on every sample of this scenario.
    let scenarioTags: TagSet
    /// The scenario's flows with their tags resolved, and how an iteration picks one.
    let flows: [CompiledFlow]
    let flowChoice: WeightedChoice
    /// The setup's captures, readable by every VU.
    let shared: [String: VariableValue]
    /// The data files this scenario's flows read, each with its run-wide row counter.
    let dataBindings: [(binding: DataBinding, ticket: DataTicket)]
    /// `--seed`: when set, every VU's generator is derived from it and the VU number.
    let seed: UInt64?
    /// The timers that start arrival-rate iterations, one per event loop, shared by the run's scenarios.
    let arrivalTickers: ArrivalTickers
    /// True for the setup and teardown, whose VU lists every failed request and check so the run
    /// can say why it stopped; load scenarios skip that bookkeeping.
    let collectsFailures: Bool
    private let hardStopped = Atomic<Bool>(false)
    private let dataExhausted = Atomic<Bool>(false)
    private let vus = Mutex<[VirtualUser]>([])

    init(
        scenario: Scenario,
        requestBuilder: RequestBuilder,
        recorder: MetricsRecorder,
        stop: StopController,
        accounting: VUAccounting,
        engine: HTTPClientEngine,
        runStart: ContinuousClock.Instant,
        shared: [String: VariableValue] = [:],
        data: [DataBinding] = [],
        tickets: [String: DataTicket] = [:],
        seed: UInt64? = nil,
        arrivalTickers: ArrivalTickers = ArrivalTickers(),
        collectsFailures: Bool = false
    ) {
        self.scenario = scenario
        self.timeline = ScenarioTimeline(scenario: scenario)
        self.requestBuilder = requestBuilder
        self.recorder = recorder
        self.stop = stop
        self.accounting = accounting
        self.engine = engine
        self.runStart = runStart
        let scenarioTags = MetricsRecorder.scenarioTags(scenario)
        self.scenarioTags = scenarioTags
        self.flows = scenario.flows.map {
            CompiledFlow(
                $0, scenarioTags: scenarioTags, tagsFlow: scenario.flows.count > 1, builder: requestBuilder,
                checks: recorder.checks)
        }
        self.flowChoice = WeightedChoice(weights: scenario.flows.map(\.weight))
        self.shared = shared
        self.dataBindings = scenario.dataBindingsUsed(among: data).map { ($0, tickets[$0.name] ?? DataTicket()) }
        self.seed = seed
        self.arrivalTickers = arrivalTickers
        self.collectsFailures = collectsFailures
    }

    /// The moment this scenario begins.
    var start: ContinuousClock.Instant { runStart + timeline.startTime }
    /// The moment after which it starts nothing new.
    var scheduleEnd: ContinuousClock.Instant { runStart + timeline.scheduleEnd }

    /// True once in-flight work must end and its results be discarded.
    var isHardStopped: Bool { hardStopped.load(ordering: .acquiring) }

    /// Whether a new iteration may begin now.
    var mayStartIteration: Bool { mayStartIteration(at: .now) }

    /// ``mayStartIteration`` at `now`, for a caller that uses the same reading as the iteration's start.
    func mayStartIteration(at now: ContinuousClock.Instant) -> Bool {
        !stop.isStopping && !isHardStopped && !isDataExhausted && now < scheduleEnd
    }

    /// True once a `unique-iteration` file with `onExhausted: stop` ran out of rows.
    var isDataExhausted: Bool { dataExhausted.load(ordering: .relaxed) }

    /// Starts no further iterations: a data file this scenario reads has no unused row left.
    func stopForExhaustedData() {
        dataExhausted.store(true, ordering: .relaxed)
    }

    /// A new VU for this scenario, counted in `vus_max`, on `loop` or the engine's next loop in turn.
    func makeVU(on loop: (any EventLoop)? = nil) -> VirtualUser {
        let vu = VirtualUser(id: accounting.allocate(), engine: engine, seed: seed, on: loop)
        vus.withLock { $0.append(vu) }
        return vu
    }

    /// Ends in-flight work: flags it as discarded and closes every connection so pending
    /// requests return at once.
    func hardStop() async {
        hardStopped.store(true, ordering: .releasing)
        await closeConnections()
    }

    /// Closes the connections of a finished scenario.
    func closeConnections() async {
        for vu in vus.withLock({ $0 }) { await vu.close() }
    }
}
