/// One machine-readable reason attached to an error, so a client can point at the offending field.
public struct ErrorDetail: Sendable, Codable, Equatable {
    /// The request field (dotted path) or header the detail is about, if any.
    public var field: String?
    /// A short human-readable statement of what is wrong.
    public var issue: String

    /// Creates a detail about `field`.
    public init(field: String? = nil, issue: String) {
        self.field = field
        self.issue = issue
    }
}
