/// A response body that is not valid JSON. Captures and checks on it fail with this message instead
/// of crashing or silently reading nothing.
public struct JSONDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Byte offset of the problem in the body.
    public var offset: Int
    /// What was wrong, e.g. `expected ":" after a member name`.
    public var problem: String

    /// Describes a problem found at byte `offset`.
    public init(offset: Int, problem: String) {
        self.offset = offset
        self.problem = problem
    }

    /// `invalid JSON at byte N: problem`, as a failed capture or check reports it.
    public var description: String { "invalid JSON at byte \(offset): \(problem)" }
}
