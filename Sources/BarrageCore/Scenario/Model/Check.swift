/// An assertion on a response. Failed checks do not fail the request; they count in the `checks`
/// rate, which thresholds can gate on.
public struct Check: Sendable {
    /// The `check` tag and the label in the summary, e.g. `status is 200`.
    public var name: String
    public var condition: CheckCondition
    public var location: SourceLocation

    public init(name: String, condition: CheckCondition, location: SourceLocation) {
        self.name = name
        self.condition = condition
        self.location = location
    }
}

/// What a check asserts.
public enum CheckCondition: Sendable, Equatable {
    /// The status is one of these.
    case status([Int])
    /// The value at a JSON path satisfies a predicate.
    case jsonPath(JSONPath, ValuePredicate)
    /// A response header (case-insensitive name) satisfies a predicate; `.exists` for presence.
    case header(String, ValuePredicate)
    /// The body contains this text.
    case bodyContains(String)
    /// The body matches this regular expression.
    case bodyMatches(String)
    /// `http_req_duration` of the response is below this.
    case durationBelow(Duration)
}

/// A test on a value taken from a response.
public enum ValuePredicate: Sendable, Equatable {
    case exists
    /// The value is missing (`exists: false`), e.g. no error field in a success response.
    case absent
    /// Equal to this JSON value (numbers compare numerically, strings exactly).
    case equals(JSONValue)
    case notEquals(JSONValue)
    case lessThan(Double)
    case lessThanOrEqual(Double)
    case greaterThan(Double)
    case greaterThanOrEqual(Double)
    /// The value's text contains this.
    case contains(String)
}
