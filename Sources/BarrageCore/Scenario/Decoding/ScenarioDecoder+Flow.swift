import Yams

/// `flow:` — the ordered steps of an iteration. Variables captured by a step become readable by the
/// steps after it, which is what decides whether `${name}` is a run-time variable or an error.
extension ScenarioDecoder {
    static let methods = ["get", "post", "put", "patch", "delete", "head", "options"]
    static let requestKeys =
        methods + ["name", "query", "headers", "json", "body", "timeout", "tags", "capture", "check"]

    mutating func flow(_ node: Node, _ path: ScenarioKeyPath, policy: HostPolicy) -> [Step]? {
        guard let elements = sequence(node, path, expected: "a list of steps") else { return nil }
        guard !elements.isEmpty else {
            fail("the flow is empty", expected: "at least one step", at: node, path)
            return nil
        }
        var variables = RuntimeVariables.builtIns
        var steps: [Step?] = []
        for (element, elementPath) in elements {
            let step = self.step(element, elementPath, variables: variables, policy: policy)
            switch step {
            case .request(let request)?: variables.formUnion(request.captures.map(\.variable))
            case nil: variables.formUnion(declaredCaptures(in: element))
            case .think?: break
            }
            steps.append(step)
        }
        let decoded = steps.compactMap { $0 }
        return decoded.count == steps.count ? decoded : nil
    }

    private mutating func step(
        _ node: Node, _ path: ScenarioKeyPath, variables: Set<String>, policy: HostPolicy
    ) -> Step? {
        let expected = "a request (get, post, …) or a think step"
        guard let entries = mapping(node, path, expected: expected) else { return nil }
        if let think = entries.first(where: { $0.key == "think" }) {
            for entry in entries where entry.key != "think" {
                unknownKey(entry, allowed: ["think"], context: " in a think step")
            }
            return thinkTime(think.value, think.path).map { .think($0, location: location(of: node)) }
        }
        return request(entries, of: node, path, variables: variables, policy: policy).map(Step.request)
    }

    /// Names a step declares under `capture:` even when the step itself has errors, so later steps
    /// do not report its variables as unresolved as well.
    private func declaredCaptures(in node: Node) -> [String] {
        guard case .mapping(let mapping) = node, case .mapping(let captures)? = mapping["capture"] else { return [] }
        return captures.keys.compactMap(\.string)
    }
}
