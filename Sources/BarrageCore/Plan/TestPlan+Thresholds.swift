extension TestPlan {
    /// The plan's thresholds in the grammar's terms. The decoder only checks their shape; here
    /// every metric key and expression is parsed and checked against the metric registry and the
    /// plan's tag values (``PlanTagValues``), and each problem becomes an error at the line of the
    /// offending text, so a misspelt metric or a sub-metric that can never match never waits for a
    /// whole run to fail with "no samples".
    public func resolvedThresholds(in registry: MetricRegistry = .builtin) -> Result<[Threshold], ScenarioErrors> {
        var thresholds: [Threshold] = []
        var errors: [ScenarioError] = []
        let tagValues = PlanTagValues(self)
        for definition in self.thresholds {
            let keyPath = "thresholds.\(definition.metricKey)"
            for (index, rule) in definition.rules.enumerated() {
                let rulePath = definition.rules.count > 1 ? "\(keyPath)[\(index)]" : keyPath
                do {
                    let threshold = try Threshold(
                        key: definition.metricKey,
                        expression: rule.expression,
                        abortOnFail: rule.abortOnFail,
                        delayAbortEval: rule.delayAbortEval
                    )
                    if let problem = threshold.validate(in: registry) {
                        errors.append(Self.error(problem, definition: definition, rule: rule, keyPath: rulePath, registry: registry))
                    } else if let tagProblem = tagValues.problem(with: threshold.selector) {
                        errors.append(
                            ScenarioError(
                                location: definition.keyLocation, keyPath: rulePath, problem: tagProblem.problem,
                                expected: tagProblem.expected
                            ))
                    } else {
                        thresholds.append(threshold)
                    }
                } catch {
                    errors.append(Self.error(error, definition: definition, rule: rule, keyPath: rulePath, registry: registry))
                }
            }
        }
        return errors.isEmpty ? .success(thresholds) : .failure(ScenarioErrors(errors))
    }

    private static func error(
        _ problem: ThresholdDefinitionError,
        definition: ThresholdDefinition,
        rule: ThresholdRule,
        keyPath: String,
        registry: MetricRegistry
    ) -> ScenarioError {
        switch problem {
        case .selector(let error):
            return ScenarioError(
                location: definition.keyLocation, keyPath: keyPath, problem: "invalid threshold key: \(error)",
                expected: "a metric name, optionally with tag filters such as http_req_duration{name:login}"
            )
        case .expression(let error):
            return ScenarioError(
                location: rule.location, keyPath: keyPath,
                problem: "invalid threshold expression \"\(rule.expression)\": \(error)",
                expected: "an expression such as p(95)<500, avg<=100, rate<0.01 or count>0"
            )
        case .unknownMetric(let name):
            let known = registry.all.map(\.name)
            let suggestion = KeySuggestion.closest(to: name, among: known).map { " (did you mean \($0)?)" } ?? ""
            return ScenarioError(
                location: definition.keyLocation, keyPath: keyPath, problem: "unknown metric '\(name)'\(suggestion)",
                expected: "one of " + known.joined(separator: ", ")
            )
        case .aggregationMismatch:
            return ScenarioError(location: rule.location, keyPath: keyPath, problem: problem.description)
        }
    }
}
