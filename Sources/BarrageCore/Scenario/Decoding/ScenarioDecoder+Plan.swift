import Yams

/// The top level of a scenario file.
extension ScenarioDecoder {
    static let planKeys = [
        "name", "target", "allowedHosts", "defaults", "data", "setup", "scenarios", "teardown", "thresholds",
    ]

    /// The whole plan, or nil when anything was wrong (the errors are in `errors`).
    mutating func plan(from root: Node) -> TestPlan? {
        let path = ScenarioKeyPath.root
        guard let entries = mapping(root, path, expected: "a mapping with target and scenarios", allowed: Self.planKeys)
        else { return nil }
        func entry(_ key: String) -> MappingEntry? { entries.first { $0.key == key } }

        let name =
            entry("name").flatMap { text($0.value, $0.path, expected: "a name for the run") }
            ?? Self.defaultName(forFile: file)
        defer { sharedVariables = [] }
        let fileHosts = entry("allowedHosts").flatMap { allowedHosts($0.value, $0.path) } ?? []
        let policy = HostPolicy(allowedHosts: fileHosts + extraAllowedHosts)
        let targetEntry = required(
            "target", in: entries, of: root, path.key("target"), expected: "the base URL of the system under test")
        let target = targetEntry.flatMap { self.target($0.value, $0.path, policy: policy) }
        let defaults: RequestDefaults? =
            if let defaultsEntry = entry("defaults") {
                requestDefaults(defaultsEntry.value, defaultsEntry.path)
            } else {
                RequestDefaults()
            }
        let data = OptionalField(entry("data").map { dataBindings($0.value, $0.path) })
        sharedVariables = Set((data.value ?? []).flatMap(\.variableNames))
        let setup = OptionalField(entry("setup").map { phase($0, policy: policy) })
        sharedVariables.formUnion((setup.value ?? []).flatMap(\.capturedVariables))
        let scenariosEntry = required(
            "scenarios", in: entries, of: root, path.key("scenarios"),
            expected: "a mapping of scenario names to scenarios")
        let scenarios = scenariosEntry.flatMap { self.scenarios($0.value, $0.path, policy: policy) }
        let teardown = OptionalField(entry("teardown").map { phase($0, policy: policy) })
        let thresholds = entry("thresholds").map { self.thresholds($0.value, $0.path) } ?? []
        if let scenarios, let bindings = data.value { checkUniqueAllocations(bindings, scenarios: scenarios) }

        guard let target, let defaults, let scenarios, !data.isInvalid, !setup.isInvalid, !teardown.isInvalid
        else { return nil }
        return TestPlan(
            name: name,
            sourceFile: file,
            target: target,
            allowedHosts: policy.allowedHosts,
            defaults: defaults,
            scenarios: scenarios,
            thresholds: thresholds,
            data: data.value ?? [],
            setup: setup.value,
            teardown: teardown.value
        )
    }

    /// The file name without directories and extension: `Scenarios/smoke.yaml` → `smoke`.
    static func defaultName(forFile file: String) -> String {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    private mutating func allowedHosts(_ node: Node, _ path: ScenarioKeyPath) -> [String]? {
        guard let elements = sequence(node, path, expected: "a list of host names") else { return nil }
        return elements.compactMap { element, elementPath in text(element, elementPath, expected: "a host name") }
    }

    private mutating func requestDefaults(_ node: Node, _ path: ScenarioKeyPath) -> RequestDefaults? {
        guard
            let entries = mapping(
                node, path, expected: "a mapping with headers and timeout", allowed: ["headers", "timeout"])
        else { return nil }
        var defaults = RequestDefaults()
        for entry in entries {
            switch entry.key {
            case "headers":
                if let headers = headers(entry.value, entry.path, runtimeVariables: RuntimeVariables.builtIns) {
                    defaults.headers = headers
                }
            default:
                if let timeout = positiveDuration(entry.value, entry.path) { defaults.timeout = timeout }
            }
        }
        return defaults
    }

    /// `headers:` of the defaults or a request: a mapping of names to templates, in file order.
    mutating func headers(_ node: Node, _ path: ScenarioKeyPath, runtimeVariables: Set<String>) -> [HeaderTemplate]? {
        guard let entries = mapping(node, path, expected: "a mapping of header names to values") else { return nil }
        return entries.compactMap { entry in
            template(entry.value, entry.path, runtimeVariables: runtimeVariables, expected: "a header value")
                .map { HeaderTemplate(name: entry.key, value: $0) }
        }
    }

    /// `setup:` or `teardown:`: a flow run once, reading the built-ins, data columns and (for the
    /// teardown) the setup's captures.
    private mutating func phase(_ entry: MappingEntry, policy: HostPolicy) -> [Step]? {
        flow(entry.value, entry.path, policy: policy, variables: RuntimeVariables.builtIns.union(sharedVariables))
    }

    /// `unique` gives VU n row n − 1, and VU numbers run across the whole plan: the file must have
    /// a row for every VU the run can create.
    private mutating func checkUniqueAllocations(_ bindings: [DataBinding], scenarios: [Scenario]) {
        let vus = scenarios.reduce(0) { $0 + $1.maximumVUs }
        for binding in bindings where binding.allocation == .unique {
            guard scenarios.contains(where: { !$0.dataBindingsUsed(among: [binding]).isEmpty }),
                binding.table.rowCount < vus
            else { continue }
            fail(
                "data \(binding.name) has \(binding.table.rowCount) rows but the run can have \(vus) VUs",
                expected: "at least one row per VU for allocation unique (or allocation: sequential, random or "
                    + "unique-iteration)",
                at: binding.location, ScenarioKeyPath.root.key("data").key(binding.name))
        }
    }
}
