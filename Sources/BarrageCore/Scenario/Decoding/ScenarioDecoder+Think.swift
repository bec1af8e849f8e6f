import Yams

/// `think:` — `1s`, `"1s..3s"`, `{ min: 1s, max: 3s }`, `{ normal: { mean, stddev }, min, max }` or
/// `{ exponential: { mean }, max }`.
extension ScenarioDecoder {
    mutating func thinkTime(_ node: Node, _ path: ScenarioKeyPath) -> ThinkTime? {
        if case .mapping(let members) = node, members["normal"] != nil || members["exponential"] != nil {
            return distribution(node, path)
        }
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

    /// `{ normal: { mean, stddev }, min, max }` or `{ exponential: { mean }, max }`; the bounds are
    /// required so a distribution's tail cannot stall a VU.
    private mutating func distribution(_ node: Node, _ path: ScenarioKeyPath) -> ThinkTime? {
        let expected = "{ normal: { mean, stddev }, min, max } or { exponential: { mean }, max }"
        guard let entries = mapping(node, path, expected: expected, allowed: ["normal", "exponential", "min", "max"])
        else { return nil }
        func bound(_ key: String) -> Duration? {
            required(key, in: entries, of: node, path.key(key), expected: "a duration").flatMap {
                duration($0.value, $0.path)
            }
        }
        if let normal = entries.first(where: { $0.key == "normal" }) {
            guard
                let parameters = mapping(
                    normal.value, normal.path, expected: "a mapping with mean and stddev", allowed: ["mean", "stddev"])
            else { return nil }
            let mean = required(
                "mean", in: parameters, of: normal.value, normal.path.key("mean"), expected: "a duration"
            )
            .flatMap { duration($0.value, $0.path) }
            let deviation = required(
                "stddev", in: parameters, of: normal.value, normal.path.key("stddev"), expected: "a duration"
            ).flatMap { duration($0.value, $0.path) }
            let minimum = bound("min")
            let maximum = bound("max")
            guard let mean, let deviation, let minimum, let maximum,
                case .uniform = range(minimum, maximum, at: node, path)
            else { return nil }
            return .normal(mean: mean, standardDeviation: deviation, min: minimum, max: maximum)
        }
        guard let exponential = entries.first(where: { $0.key == "exponential" }),
            let parameters = mapping(
                exponential.value, exponential.path, expected: "a mapping with mean", allowed: ["mean"])
        else { return nil }
        let mean = required(
            "mean", in: parameters, of: exponential.value, exponential.path.key("mean"), expected: "a duration"
        ).flatMap { positiveDuration($0.value, $0.path) }
        let maximum = bound("max")
        guard let mean, let maximum else { return nil }
        return .exponential(mean: mean, max: maximum)
    }
}
