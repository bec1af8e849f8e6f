/// One thing wrong with a scenario file, phrased like a compiler diagnostic so editors and CI logs
/// can jump to it: `smoke.yaml:12:17: scenarios.browse.stages[1].duration: invalid duration "5x";
/// expected a duration such as 500ms, 30s, 2m or 1h30m`.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the file; nil when the file itself could not be read.
    public var location: SourceLocation?
    /// The key path of the offending value, e.g. `scenarios.browse.stages[1].duration`; "" for the
    /// whole file.
    public var keyPath: String
    /// What is wrong.
    public var problem: String
    /// What would have been accepted, when that can be said.
    public var expected: String?

    /// An error at `location` (nil when the file could not be read at all).
    public init(location: SourceLocation?, keyPath: String, problem: String, expected: String? = nil) {
        self.location = location
        self.keyPath = keyPath
        self.problem = problem
        self.expected = expected
    }

    /// The diagnostic line the CLI prints.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        if !keyPath.isEmpty { text += "\(keyPath): " }
        text += problem
        if let expected { text += "; expected \(expected)" }
        return text
    }
}

/// Every error of a scenario file, reported together so one run of `barrage validate` shows all of
/// them (k6 style) instead of one per attempt.
public struct ScenarioErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// Sorted by line, then column; errors without a location come first.
    public var errors: [ScenarioError]

    /// Collects `errors`, sorting them into file order.
    public init(_ errors: [ScenarioError]) {
        self.errors = errors.sorted { lhs, rhs in
            let left = lhs.location.map { ($0.line, $0.column) } ?? (0, 0)
            let right = rhs.location.map { ($0.line, $0.column) } ?? (0, 0)
            return left < right
        }
    }

    /// One error per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
