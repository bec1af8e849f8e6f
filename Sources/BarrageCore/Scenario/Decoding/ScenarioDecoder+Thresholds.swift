import Yams

/// `thresholds:` — metric key → an expression, a list of expressions, or long-form rules
/// (`{ threshold, abortOnFail, delayAbortEval }`). Only the shapes are decoded here; metric names
/// and expressions are checked by the threshold grammar afterwards.
extension ScenarioDecoder {
    static let longFormKeys = ["threshold", "abortOnFail", "delayAbortEval"]

    mutating func thresholds(_ node: Node, _ path: ScenarioKeyPath) -> [ThresholdDefinition] {
        guard let entries = mapping(node, path, expected: "a mapping of metric names to threshold expressions") else {
            return []
        }
        return entries.compactMap { entry in
            rules(entry.value, entry.path).map {
                ThresholdDefinition(metricKey: entry.key, keyLocation: location(of: entry.keyNode), rules: $0)
            }
        }
    }

    private mutating func rules(_ node: Node, _ path: ScenarioKeyPath) -> [ThresholdRule]? {
        switch node {
        case .sequence:
            let elements = sequence(node, path, expected: "a list of threshold expressions") ?? []
            let rules = elements.map { rule($0.0, $0.1) }
            guard !rules.isEmpty else {
                fail("no threshold expressions", expected: "at least one expression such as p(95)<500", at: node, path)
                return nil
            }
            return rules.contains { $0 == nil } ? nil : rules.compactMap { $0 }
        default:
            return rule(node, path).map { [$0] }
        }
    }

    private mutating func rule(_ node: Node, _ path: ScenarioKeyPath) -> ThresholdRule? {
        let expected = "an expression such as p(95)<500, or { threshold, abortOnFail, delayAbortEval }"
        guard case .mapping = node else {
            return text(node, path, expected: expected).map {
                ThresholdRule(expression: $0, location: location(of: node))
            }
        }
        guard let entries = mapping(node, path, expected: expected, allowed: Self.longFormKeys) else { return nil }
        let expressionEntry = required(
            "threshold", in: entries, of: node, path.key("threshold"), expected: "an expression such as p(95)<500")
        let expression = expressionEntry.flatMap {
            text($0.value, $0.path, expected: "an expression such as p(95)<500")
        }
        let abortEntry = entries.first { $0.key == "abortOnFail" }
        let delayEntry = entries.first { $0.key == "delayAbortEval" }
        let abortOnFail = OptionalField(abortEntry.map { bool($0.value, $0.path) }).value(or: false)
        let delay = OptionalField(delayEntry.map { duration($0.value, $0.path) }).value(or: .zero)
        guard let expressionEntry, let expression, let abortOnFail, let delay else { return nil }
        return ThresholdRule(
            expression: expression,
            abortOnFail: abortOnFail,
            delayAbortEval: delay,
            location: location(of: expressionEntry.value)
        )
    }
}
