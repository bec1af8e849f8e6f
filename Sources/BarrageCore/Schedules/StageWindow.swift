/// One stage of a staged scenario placed on the run's clock: the unit the progress line shows and
/// the per-stage report tables break results down by.
public struct StageWindow: Sendable, Equatable, Codable {
    public var scenario: String
    /// Zero-based position among the scenario's stages.
    public var index: Int
    public var stageCount: Int
    /// Offset from the start of the run.
    public var start: Duration
    public var end: Duration
    /// Target at the stage's start and end: VUs, or iterations per second for arrival rates.
    public var fromTarget: Double
    public var toTarget: Double
    /// `"vus"` or `"iterations/s"`.
    public var unit: String

    public init(
        scenario: String, index: Int, stageCount: Int, start: Duration, end: Duration,
        fromTarget: Double, toTarget: Double, unit: String
    ) {
        self.scenario = scenario
        self.index = index
        self.stageCount = stageCount
        self.start = start
        self.end = end
        self.fromTarget = fromTarget
        self.toTarget = toTarget
        self.unit = unit
    }

    /// Every stage of every staged scenario of `plan`, in run order. Scenarios without stages
    /// contribute one window covering their schedule.
    public static func windows(of plan: TestPlan) -> [StageWindow] {
        plan.scenarios.flatMap { scenario -> [StageWindow] in
            let timeline = ScenarioTimeline(scenario: scenario)
            let (from, stages, unit): (Double, [Stage], String)
            switch scenario.executor {
            case .rampingVUs(let startVUs, let rampStages, _):
                (from, stages, unit) = (Double(startVUs), rampStages, "vus")
            case .rampingArrivalRate(let options, let startRate, let rampStages):
                let perSecond = 1 / options.timeUnit.seconds
                (from, stages, unit) = (
                    startRate * perSecond,
                    rampStages.map { Stage(duration: $0.duration, target: $0.target * perSecond) },
                    "iterations/s"
                )
            case .constantVUs(let vus, let duration):
                (from, stages, unit) = (Double(vus), [Stage(duration: duration, target: Double(vus))], "vus")
            case .constantArrivalRate(let options, let rate, let duration):
                let perSecond = rate / options.timeUnit.seconds
                (from, stages, unit) = (perSecond, [Stage(duration: duration, target: perSecond)], "iterations/s")
            case .perVUIterations(let vus, _, let maxDuration), .sharedIterations(let vus, _, let maxDuration):
                (from, stages, unit) = (Double(vus), [Stage(duration: maxDuration, target: Double(vus))], "vus")
            }
            var start = timeline.startTime
            var previous = from
            return stages.enumerated().map { index, stage in
                defer {
                    start += stage.duration
                    previous = stage.target
                }
                return StageWindow(
                    scenario: scenario.name, index: index, stageCount: stages.count, start: start,
                    end: start + stage.duration, fromTarget: previous, toTarget: stage.target, unit: unit
                )
            }
        }
    }
}
