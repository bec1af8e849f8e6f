/// The setup flow did not succeed (a request failed or a check did not hold), so no load was
/// applied: the CLI prints this and exits 1.
public struct SetupFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Each failed request or check, in the order they happened.
    public var problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String {
        "setup failed, no load was started:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
    }
}
