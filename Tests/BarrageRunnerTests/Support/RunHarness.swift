import BarrageCore
import BarrageRunner
import BarrageTestServer
import Testing

/// Runs a scenario written inline against an in-process test server, the way `barrage run`
/// would, and hands back the summary.
enum RunHarness {
    static func run(
        _ yaml: String,
        against server: TestServer,
        options: RunOptions = RunOptions(threads: 2)
    ) async throws -> RunSummary {
        let validated = try ValidatedPlan.parse(
            yaml: yaml, file: "inline.yaml", environment: ["TARGET": server.baseURL]
        )
        let run = TestRun(plan: validated.plan, thresholds: validated.thresholds, options: options)
        return try await run.run()
    }
}

extension RunSummary {
    func trend(_ name: String) -> TrendAggregate? {
        if case .trend(let trend) = metrics.metrics[name] { return trend }
        return nil
    }

    func counter(_ name: String) -> Double {
        if case .counter(let counter) = metrics.metrics[name] { return counter.sum }
        return 0
    }

    func rate(_ name: String) -> Double? {
        if case .rate(let rate) = metrics.metrics[name] { return rate.rate }
        return nil
    }
}
