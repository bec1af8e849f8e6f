import Yams

/// `think:` — `1s`, `"1s..3s"` or `{ min: 1s, max: 3s }`.
extension ScenarioDecoder {
    mutating func thinkTime(_ node: Node, _ path: ScenarioKeyPath) -> ThinkTime? {
        if case .mapping = node {
            guard let entries = mapping(node, path, expected: "a mapping with min and max", allowed: ["min", "max"])
            else {
                return nil
            }
            let minimum = required("min", in: entries, of: node, path.key("min"), expected: "a duration").flatMap {
                duration($0.value, $0.path)
            }
            let maximum = required("max", in: entries, of: node, path.key("max"), expected: "a duration").flatMap {
                duration($0.value, $0.path)
            }
            guard let minimum, let maximum else { return nil }
            return range(minimum, maximum, at: node, path)
        }
        let expected = "a duration such as 1s, a range such as 1s..3s, or { min, max }"
        guard let text = text(node, path, expected: expected) else { return nil }
        let bounds = text.split(separator: "..", omittingEmptySubsequences: false)
        guard bounds.count <= 2 else {
            fail("invalid think time \"\(text)\"", expected: expected, at: node, path)
            return nil
        }
        let durations = bounds.map { Duration(parsing: String($0)) }
        guard let first = durations.first ?? nil, let last = durations.last ?? nil else {
            fail("invalid think time \"\(text)\"", expected: expected, at: node, path)
            return nil
        }
        return bounds.count == 1 ? .fixed(first) : range(first, last, at: node, path)
    }

    private mutating func range(
        _ minimum: Duration, _ maximum: Duration, at node: Node, _ path: ScenarioKeyPath
    ) -> ThinkTime? {
        guard minimum <= maximum else {
            fail(
                "think time minimum \(minimum.scenarioNotation) is above its maximum \(maximum.scenarioNotation)",
                expected: "min ≤ max", at: node, path
            )
            return nil
        }
        return .uniform(min: minimum, max: maximum)
    }
}
