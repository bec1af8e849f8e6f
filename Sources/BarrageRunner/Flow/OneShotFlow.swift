import BarrageCore
import BarrageHTTP

/// Runs `setup:` or `teardown:` once, on a VU of its own (VU 0, not counted in `vus`), with its
/// samples tagged `scenario: setup` / `scenario: teardown` like any others.
struct OneShotFlow {
    /// Response bytes a setup or teardown keeps: it runs once, and typically captures a whole list
    /// (`$.data` of 1,000 products) that every VU then draws from, so a load request's limit
    /// would cut it short.
    static let maxBodyBytes = 64 << 20

    let plan: TestPlan
    let requestBuilder: RequestBuilder
    let recorder: MetricsRecorder
    let stop: StopController
    let engine: HTTPClientEngine
    let seed: UInt64?

    /// What the run needs back.
    struct Outcome: Sendable {
        /// Variables captured by the flow.
        var variables: [String: VariableValue]
        /// Failed requests and checks; empty when everything held.
        var failures: [String]
    }

    /// Runs `steps` once as the scenario `name`; `shared` are the variables it may read besides its own.
    func run(_ name: String, steps: [Step], shared: [String: VariableValue]) async -> Outcome {
        let scenario = Scenario(
            name: name, executor: .perVUIterations(vus: 1, iterations: 1, maxDuration: .seconds(600)), flow: steps,
            location: SourceLocation(file: plan.sourceFile, line: 1, column: 1))
        let context = ScenarioContext(
            scenario: scenario, requestBuilder: requestBuilder, recorder: recorder, stop: stop,
            accounting: VUAccounting(), engine: engine, runStart: .now, shared: shared, data: plan.data, seed: seed,
            collectsFailures: true)
        let vu = VirtualUser(id: 0, engine: engine, seed: seed)
        let outcome = await vu.runIteration(context)
        var failures = await vu.failures
        if outcome == .interrupted && failures.isEmpty { failures.append("the \(name) was interrupted") }
        let variables = await vu.variables
        await vu.close()
        return Outcome(variables: variables, failures: failures)
    }
}
