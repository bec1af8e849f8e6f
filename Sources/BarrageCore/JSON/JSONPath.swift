/// A path into a JSON document: `$.items[0].id`, `$.items[*].id`, `token` (the leading `$.` is
/// optional). Parsed once when the plan is loaded, evaluated per response.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step of the path.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
        /// `[*]`: every element of an array (or every value of an object).
        case wildcard
    }

    public var components: [Component]
    /// The path as written.
    public var source: String

    public init(components: [Component], source: String) {
        self.components = components
        self.source = source
    }

    public var description: String { source }
}
