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
    /// The steps one iteration performs, in order.
    public var flow: [Step]
    /// Where the scenario is defined.
    public var location: SourceLocation

    public init(
        name: String,
        executor: Executor,
        startTime: Duration = .zero,
        gracefulStop: Duration = .seconds(30),
        tags: [String: String] = [:],
        flow: [Step],
        location: SourceLocation
    ) {
        self.name = name
        self.executor = executor
        self.startTime = startTime
        self.gracefulStop = gracefulStop
        self.tags = tags
        self.flow = flow
        self.location = location
    }
}
