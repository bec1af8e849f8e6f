/// Why a data file could not be used; the scenario decoder adds the file, line and column of the
/// `data:` entry that named it.
public struct DataFileProblem: Error, Sendable, Equatable {
    /// What is wrong, e.g. `the file is empty`.
    public var problem: String
    /// What would have been accepted.
    public var expected: String?

    /// Describes one problem.
    public init(problem: String, expected: String? = nil) {
        self.problem = problem
        self.expected = expected
    }
}
