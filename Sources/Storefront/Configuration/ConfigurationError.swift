/// Why the server refuses to start: every bad or missing setting at once, each naming its variable.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem with one variable.
    public struct Problem: Sendable, Equatable {
        /// The environment variable.
        public var key: ConfigurationKey
        /// What is wrong and what is expected.
        public var reason: String
    }

    /// All problems found.
    public var problems: [Problem]

    /// One line per problem, suitable for stderr.
    public var description: String {
        "invalid configuration:\n" + problems.map { "  \($0.key.rawValue): \($0.reason)" }.joined(separator: "\n")
    }
}
