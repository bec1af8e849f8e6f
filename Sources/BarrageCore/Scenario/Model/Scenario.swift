/// One named workload inside a test plan: how load is applied (the executor) and what each
/// virtual user does per iteration (the flow).
public struct Scenario: Sendable {
    /// The key under `scenarios:`; also the `scenario` tag on every sample.
    public var name: String
    /// How iterations are scheduled over time.
    public var executor: Executor
    /// Offset from the start of the run at which this scenario begins.
    public var startTime: Duration
    /// How long in-flight iterations may run on after the executor's schedule ends.
    public var gracefulStop: Duration
    /// Tags added to every sample of this scenario.
    public var tags: [String: String]
    /// The flows an iteration chooses from by weight; one flow of weight 1 when the file has `flow:`.
    public var flows: [WeightedFlow]
    /// The least time an iteration lasts (`pace:`); a shorter one waits out the rest.
    public var pace: Duration?
    /// Where the scenario is defined.
    public var location: SourceLocation

    public init(
        name: String,
        executor: Executor,
        startTime: Duration = .zero,
        gracefulStop: Duration = .seconds(30),
        tags: [String: String] = [:],
        flow: [Step] = [],
        flows: [WeightedFlow]? = nil,
        pace: Duration? = nil,
        location: SourceLocation
    ) {
        self.name = name
        self.executor = executor
        self.startTime = startTime
        self.gracefulStop = gracefulStop
        self.tags = tags
        self.flows = flows ?? [WeightedFlow(name: "default", weight: 1, steps: flow, location: location)]
        self.pace = pace
        self.location = location
    }

    /// The steps of the first flow: the whole flow of a scenario written with `flow:`.
    public var flow: [Step] { flows.first?.steps ?? [] }
}
