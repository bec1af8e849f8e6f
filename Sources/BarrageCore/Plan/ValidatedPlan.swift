/// A plan that passed every check a run needs — the file's shape and the threshold grammar —
/// so `barrage run` and `barrage validate` accept and reject exactly the same files.
public struct ValidatedPlan: Sendable {
    public let plan: TestPlan
    /// The plan's thresholds, parsed and checked against the metric registry.
    public let thresholds: [Threshold]

    /// Reads and validates `path`; throws every problem found, each with its location.
    public static func load(
        path: String,
        environment: [String: String],
        extraAllowedHosts: [String] = []
    ) throws(ScenarioErrors) -> ValidatedPlan {
        let plan = try TestPlanLoader.load(path: path, environment: environment, extraAllowedHosts: extraAllowedHosts)
        return try validated(plan)
    }

    /// Validates YAML text, for tests and tools that hold the file in memory.
    public static func parse(
        yaml: String,
        file: String,
        environment: [String: String],
        extraAllowedHosts: [String] = []
    ) throws(ScenarioErrors) -> ValidatedPlan {
        let plan = try TestPlanLoader.parse(
            yaml: yaml, file: file, environment: environment, extraAllowedHosts: extraAllowedHosts
        )
        return try validated(plan)
    }

    private static func validated(_ plan: TestPlan) throws(ScenarioErrors) -> ValidatedPlan {
        switch plan.resolvedThresholds() {
        case .success(let thresholds): return ValidatedPlan(plan: plan, thresholds: withRequestGuard(thresholds))
        case .failure(let errors): throw errors
        }
    }

    /// A run in which every request failed — a target that is down, a wrong port — must never
    /// pass, even when its thresholds only look at latency (failed connections take no time).
    /// Unless the file already gates on `http_req_failed` as a whole, barrage adds
    /// `http_req_failed: rate<1`, which also fails a run that sent no request at all.
    static func withRequestGuard(_ thresholds: [Threshold]) -> [Threshold] {
        let gated = thresholds.contains { $0.selector.metric == "http_req_failed" && !$0.selector.isSubMetric }
        guard !gated else { return thresholds }
        let guardThreshold = Threshold(
            selector: MetricSelector(metric: "http_req_failed"),
            expression: ThresholdExpression(aggregation: .rate, comparison: .lessThan, bound: 1),
            source: "rate<1 (built in: at least one request must succeed)"
        )
        return thresholds + [guardThreshold]
    }
}
