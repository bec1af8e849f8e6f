import Yams

/// Turns the YAML tree of a scenario file into a `TestPlan`, collecting every error on the way
/// instead of stopping at the first. Each `ScenarioDecoder+*.swift` file decodes one part of the
/// format; they share the error list and the helpers here.
struct ScenarioDecoder {
    /// The file name as the user gave it, used in every location.
    let file: String
    let source: SourceText
    let environment: [String: String]
    /// Hosts allowed besides loopback that do not come from the file (`--allow-host`).
    let extraAllowedHosts: [String]
    private(set) var errors: [ScenarioError] = []
    /// Run-time variables every flow may read besides the built-ins: data columns and setup captures.
    var sharedVariables: Set<String> = []

    init(file: String, yaml: String, environment: [String: String], extraAllowedHosts: [String]) {
        self.file = file
        self.source = SourceText(yaml)
        self.environment = environment
        self.extraAllowedHosts = extraAllowedHosts
    }

    func location(of node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The location of the `occurrence`-th `needle` within the scalar `node`, moved on by `offset`
    /// scalars; the start of the node when the needle cannot be found in the raw text (escapes,
    /// folding).
    func location(of needle: String, occurrence: Int = 0, offset: Int = 0, in node: Node) -> SourceLocation {
        let start = location(of: node)
        guard let found = source.find(needle, from: start.line, column: start.column, occurrence: occurrence) else {
            return start
        }
        return SourceLocation(file: file, line: found.line, column: found.column + offset)
    }

    mutating func fail(_ problem: String, expected: String? = nil, at location: SourceLocation, _ path: ScenarioKeyPath) {
        errors.append(
            ScenarioError(location: location, keyPath: path.description, problem: problem, expected: expected))
    }

    mutating func fail(_ problem: String, expected: String? = nil, at node: Node, _ path: ScenarioKeyPath) {
        fail(problem, expected: expected, at: location(of: node), path)
    }
}
