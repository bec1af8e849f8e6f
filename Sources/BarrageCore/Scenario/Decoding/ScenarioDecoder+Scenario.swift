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
        let pace = OptionalField(entry("pace").map { positiveDuration($0.value, $0.path) })
        let flows = scenarioFlows(flow: entry("flow"), flows: entry("flows"), of: node, path, policy: policy)

        guard let executor, let startTime, let gracefulStop, let tags, let flows, !pace.isInvalid else { return nil }
        return Scenario(
            name: name,
            executor: executor,
            startTime: startTime,
            gracefulStop: gracefulStop,
            tags: tags,
            flows: flows,
            pace: pace.value,
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

    /// `flow:` (one flow) or `flows:` (named flows with `weight:` and `steps:`), exactly one of them.
    private mutating func scenarioFlows(
        flow: MappingEntry?, flows: MappingEntry?, of node: Node, _ path: ScenarioKeyPath, policy: HostPolicy
    ) -> [WeightedFlow]? {
        let variables = RuntimeVariables.builtIns.union(sharedVariables)
        if flow != nil, let flows {
            fail("flow and flows are both set", expected: "either flow or flows", at: flows.keyNode, flows.path)
            return nil
        }
        if let flow {
            return self.flow(flow.value, flow.path, policy: policy, variables: variables).map {
                [WeightedFlow(name: "default", weight: 1, steps: $0, location: location(of: flow.value))]
            }
        }
        guard let flows else {
            fail(
                "missing required key \"flow\"", expected: "a list of steps, or flows: with weighted named flows",
                at: node, path.key("flow"))
            return nil
        }
        guard let entries = mapping(flows.value, flows.path, expected: "a mapping of flow names to { weight, steps }")
        else { return nil }
        guard !entries.isEmpty else {
            fail("no flows", expected: "at least one flow", at: flows.value, flows.path)
            return nil
        }
        let decoded = entries.map { entry -> WeightedFlow? in
            guard
                let members = mapping(
                    entry.value, entry.path, expected: "a mapping with weight and steps", allowed: ["weight", "steps"])
            else { return nil }
            let weight = OptionalField(
                members.first { $0.key == "weight" }.map { number($0.value, $0.path, minimum: 0) }
            ).value(or: 1)
            if let weight, weight <= 0, let weightEntry = members.first(where: { $0.key == "weight" }) {
                fail(
                    "the weight must be above 0", expected: "a positive number", at: weightEntry.value, weightEntry.path
                )
            }
            let steps = required(
                "steps", in: members, of: entry.value, entry.path.key("steps"), expected: "a list of steps"
            )
            .flatMap { self.flow($0.value, $0.path, policy: policy, variables: variables) }
            guard let weight, weight > 0, let steps else { return nil }
            return WeightedFlow(name: entry.key, weight: weight, steps: steps, location: location(of: entry.keyNode))
        }
        let valid = decoded.compactMap { $0 }
        return valid.count == decoded.count ? valid : nil
    }
}
