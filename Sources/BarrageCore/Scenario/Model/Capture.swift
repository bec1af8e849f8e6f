/// Takes a value from a response into a variable that later steps of the same iteration read.
public struct Capture: Sendable {
    /// The variable the value is stored in.
    public var variable: String
    /// Where the value comes from.
    public var source: CaptureSource
    public var location: SourceLocation

    public init(variable: String, source: CaptureSource, location: SourceLocation) {
        self.variable = variable
        self.source = source
        self.location = location
    }
}

/// The part of a response a capture reads.
public enum CaptureSource: Sendable, Equatable {
    /// A JSON path such as `$.items[0].id`; strings are captured without quotes, other values as JSON.
    case jsonPath(JSONPath)
    /// A response header, by case-insensitive name.
    case header(String)
    /// A regular expression over the body; the first capture group (or the whole match when none).
    case regex(String)
}
