import Yams

/// The top level of a scenario file.
extension ScenarioDecoder {
    static let planKeys = ["name", "target", "allowedHosts", "defaults", "scenarios", "thresholds"]

    /// The whole plan, or nil when anything was wrong (the errors are in `errors`).
    mutating func plan(from root: Node) -> TestPlan? {
        let path = ScenarioKeyPath.root
        guard let entries = mapping(root, path, expected: "a mapping with target and scenarios", allowed: Self.planKeys)
        else { return nil }
        func entry(_ key: String) -> MappingEntry? { entries.first { $0.key == key } }

        let name =
            entry("name").flatMap { text($0.value, $0.path, expected: "a name for the run") }
            ?? Self.defaultName(forFile: file)
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
        let scenariosEntry = required(
            "scenarios", in: entries, of: root, path.key("scenarios"),
            expected: "a mapping of scenario names to scenarios")
        let scenarios = scenariosEntry.flatMap { self.scenarios($0.value, $0.path, policy: policy) }
        let thresholds = entry("thresholds").map { self.thresholds($0.value, $0.path) } ?? []

        guard let target, let defaults, let scenarios else { return nil }
        return TestPlan(
            name: name,
            sourceFile: file,
            target: target,
            allowedHosts: policy.allowedHosts,
            defaults: defaults,
            scenarios: scenarios,
            thresholds: thresholds
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
}
