import Yams

/// `flow:` — the ordered steps of an iteration. Variables captured by a step become readable by the
/// steps after it, which is what decides whether `${name}` is a run-time variable or an error.
extension ScenarioDecoder {
    static let methods = ["get", "post", "put", "patch", "delete", "head", "options"]
    static let requestKeys =
        methods + [
            "name", "query", "headers", "json", "body", "form", "bodyFile", "timeout", "tags", "capture", "check",
            "expect",
        ]

    /// A flow of a scenario, the setup or the teardown. `variables` are readable from its first
    /// step on (built-ins, data columns and setup captures).
    mutating func flow(
        _ node: Node, _ path: ScenarioKeyPath, policy: HostPolicy, variables: Set<String>
    ) -> [Step]? {
        guard let elements = sequence(node, path, expected: "a list of steps") else { return nil }
        guard !elements.isEmpty else {
            fail("the flow is empty", expected: "at least one step", at: node, path)
            return nil
        }
        var readable = variables
        return steps(elements, variables: &readable, policy: policy)
    }

    /// Steps in order; each one's captures become readable by the ones after it, also across
    /// group boundaries.
    private mutating func steps(
        _ elements: [(Node, ScenarioKeyPath)], variables: inout Set<String>, policy: HostPolicy
    ) -> [Step]? {
        var steps: [Step?] = []
        for (element, elementPath) in elements {
            let step = self.step(element, elementPath, variables: &variables, policy: policy)
            switch step {
            case .request(let request)?: variables.formUnion(request.captures.map(\.variable))
            case nil: variables.formUnion(declaredCaptures(in: element))
            case .think?, .group?: break
            }
            steps.append(step)
        }
        let decoded = steps.compactMap { $0 }
        return decoded.count == steps.count ? decoded : nil
    }

    private mutating func step(
        _ node: Node, _ path: ScenarioKeyPath, variables: inout Set<String>, policy: HostPolicy
    ) -> Step? {
        let expected = "a request (get, post, …), a think step or a group"
        guard let entries = mapping(node, path, expected: expected) else { return nil }
        if let think = entries.first(where: { $0.key == "think" }) {
            for entry in entries where entry.key != "think" {
                unknownKey(entry, allowed: ["think"], context: " in a think step")
            }
            return thinkTime(think.value, think.path).map { .think($0, location: location(of: node)) }
        }
        if entries.contains(where: { $0.key == "group" }) {
            return group(entries, of: node, path, variables: &variables, policy: policy).map(Step.group)
        }
        return request(entries, of: node, path, variables: variables, policy: policy).map(Step.request)
    }

    /// `- group: name` with `steps:`.
    private mutating func group(
        _ entries: [MappingEntry], of node: Node, _ path: ScenarioKeyPath, variables: inout Set<String>,
        policy: HostPolicy
    ) -> GroupStep? {
        let known = entries.filter { entry in
            guard ["group", "steps"].contains(entry.key) else {
                unknownKey(entry, allowed: ["group", "steps"], context: " in a group")
                return false
            }
            return true
        }
        let name = known.first { $0.key == "group" }.flatMap { text($0.value, $0.path, expected: "a group name") }
        if let name, name.isEmpty || name.contains("::") {
            fail(
                "invalid group name \"\(name)\"", expected: "a non-empty name without \"::\"", at: node,
                path.key("group"))
        }
        guard let stepsEntry = required("steps", in: known, of: node, path.key("steps"), expected: "a list of steps"),
            let elements = sequence(stepsEntry.value, stepsEntry.path, expected: "a list of steps")
        else { return nil }
        guard !elements.isEmpty else {
            fail("the group is empty", expected: "at least one step", at: stepsEntry.value, stepsEntry.path)
            return nil
        }
        let steps = self.steps(elements, variables: &variables, policy: policy)
        guard let name, !name.isEmpty, !name.contains("::"), let steps else { return nil }
        return GroupStep(name: name, steps: steps, location: location(of: node))
    }

    /// Names a step declares under `capture:` even when the step itself has errors, so later steps
    /// do not report its variables as unresolved as well.
    func declaredCaptures(in node: Node) -> [String] {
        guard case .mapping(let mapping) = node, case .mapping(let captures)? = mapping["capture"] else { return [] }
        return captures.keys.compactMap(\.string)
    }
}

extension Step {
    /// Variables this step (with its groups) captures, readable by later steps and, for the
    /// setup, by every VU.
    var capturedVariables: [String] {
        switch self {
        case .think: []
        case .request(let request): request.captures.map(\.variable)
        case .group(let group): group.steps.flatMap(\.capturedVariables)
        }
    }
}
