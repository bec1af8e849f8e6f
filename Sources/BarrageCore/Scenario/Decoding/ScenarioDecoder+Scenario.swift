import Yams

/// `scenarios:` — each named scenario with its executor, common options and flow.
extension ScenarioDecoder {
    mutating func scenarios(_ node: Node, _ path: ScenarioKeyPath, policy: HostPolicy) -> [Scenario]? {
        guard let entries = mapping(node, path, expected: "a mapping of scenario names to scenarios") else {
            return nil
        }
        guard !entries.isEmpty else {
            fail("no scenarios", expected: "at least one scenario", at: node, path)
            return nil
        }
        let scenarios = entries.map { scenario(named: $0.key, $0.value, $0.path, policy: policy) }
        let decoded = scenarios.compactMap { $0 }
        return decoded.count == scenarios.count ? decoded : nil
    }

    private mutating func scenario(
        named name: String, _ node: Node, _ path: ScenarioKeyPath, policy: HostPolicy
    ) -> Scenario? {
        guard let entries = mapping(node, path, expected: "a mapping with executor, its options and flow") else {
            return nil
        }
        let kind = executorKind(entries, of: node, path)
        let allowed = ExecutorKind.commonKeys + (kind?.optionKeys ?? ExecutorKind.allOptionKeys)
        let known = entries.filter { entry in
            if allowed.contains(entry.key) { return true }
            if let kind, ExecutorKind.allOptionKeys.contains(entry.key) {
                fail(
                    "unknown key \"\(entry.key)\" for executor \(kind.rawValue)", expected: Self.oneOf(allowed),
                    at: entry.keyNode, entry.path)
            } else {
                unknownKey(entry, allowed: allowed)
            }
            return false
        }
        func entry(_ key: String) -> MappingEntry? { known.first { $0.key == key } }

        let executor = kind.flatMap { self.executor($0, known, of: node, path) }
        let startTime = OptionalField(entry("startTime").map { duration($0.value, $0.path) }).value(or: .zero)
        let gracefulStop = OptionalField(entry("gracefulStop").map { duration($0.value, $0.path) }).value(
            or: .seconds(30))
        let tags = OptionalField(entry("tags").map { stringMap($0.value, $0.path) }).value(or: [:])
        let flowEntry = required("flow", in: known, of: node, path.key("flow"), expected: "a list of steps")
        let flow = flowEntry.flatMap { self.flow($0.value, $0.path, policy: policy) }

        guard let executor, let startTime, let gracefulStop, let tags, let flow else { return nil }
        return Scenario(
            name: name,
            executor: executor,
            startTime: startTime,
            gracefulStop: gracefulStop,
            tags: tags,
            flow: flow,
            location: location(of: node)
        )
    }

    private mutating func executorKind(
        _ entries: [MappingEntry], of node: Node, _ path: ScenarioKeyPath
    ) -> ExecutorKind? {
        let names = ExecutorKind.allCases.map(\.rawValue)
        guard
            let entry = required("executor", in: entries, of: node, path.key("executor"), expected: Self.oneOf(names)),
            let name = text(entry.value, entry.path, expected: Self.oneOf(names))
        else { return nil }
        guard let kind = ExecutorKind(rawValue: name) else {
            var problem = "unknown executor \"\(name)\""
            if let suggestion = KeySuggestion.closest(to: name, among: names) {
                problem += " (did you mean \"\(suggestion)\"?)"
            }
            fail(problem, expected: Self.oneOf(names), at: entry.value, entry.path)
            return nil
        }
        return kind
    }
}
