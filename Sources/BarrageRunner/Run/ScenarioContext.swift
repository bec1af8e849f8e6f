import BarrageCore
import BarrageHTTP
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
    /// Tags of each top-level request step before its outcome is known, by step index.
    let requestTags: [TagSet]
    private let hardStopped = Atomic<Bool>(false)
    private let vus = Mutex<[VirtualUser]>([])

    init(
        scenario: Scenario,
        requestBuilder: RequestBuilder,
        recorder: MetricsRecorder,
        stop: StopController,
        accounting: VUAccounting,
        engine: HTTPClientEngine,
        runStart: ContinuousClock.Instant
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
        self.requestTags = scenario.flow.map { step in
            guard case .request(let request) = step else { return scenarioTags }
            return MetricsRecorder.requestTags(request, scenarioTags: scenarioTags)
        }
    }

    /// The moment this scenario begins.
    var start: ContinuousClock.Instant { runStart + timeline.startTime }
    /// The moment after which it starts nothing new.
    var scheduleEnd: ContinuousClock.Instant { runStart + timeline.scheduleEnd }

    /// True once in-flight work must end and its results be discarded.
    var isHardStopped: Bool { hardStopped.load(ordering: .acquiring) }

    /// Whether a new iteration may begin now.
    var mayStartIteration: Bool {
        !stop.isStopping && !isHardStopped && ContinuousClock.now < scheduleEnd
    }

    /// A new VU for this scenario, counted in `vus_max`.
    func makeVU() -> VirtualUser {
        let vu = VirtualUser(id: accounting.allocate(), engine: engine)
        vus.withLock { $0.append(vu) }
        return vu
    }

    /// Ends in-flight work: flags it as discarded and closes every connection so pending
    /// requests return at once.
    func hardStop() async {
        hardStopped.store(true, ordering: .releasing)
        for vu in vus.withLock({ $0 }) { await vu.close() }
    }

    /// Closes the connections of a finished scenario.
    func closeConnections() async {
        for vu in vus.withLock({ $0 }) { await vu.close() }
    }
}
