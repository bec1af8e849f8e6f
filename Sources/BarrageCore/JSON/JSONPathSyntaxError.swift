/// Why a JSON path in a scenario file could not be read. The offset lets the scenario decoder point
/// at the exact column of the mistake.
public struct JSONPathSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path as written.
    public var path: String
    /// Position of the problem, in Unicode scalars from the start of the path.
    public var offset: Int
    /// What is wrong, e.g. `expected "]" after the index`.
    public var problem: String

    /// Describes a problem found at `offset` while parsing `path`.
    public init(path: String, offset: Int, problem: String) {
        self.path = path
        self.offset = offset
        self.problem = problem
    }

    /// `invalid JSON path "…": problem at offset N`, for logs.
    public var description: String { "invalid JSON path \"\(path)\": \(problem) at offset \(offset)" }
}
