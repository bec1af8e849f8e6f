/// The value of a run-time variable, kept in the form it was produced in.
///
/// A capture of `$.data` holds the decoded array, not its JSON text, so `${products[random].id}`
/// picks an element in O(1) whatever the size of the captured document: nothing is decoded twice.
/// Text (a header, a regex group, a data cell, a JSON scalar) stays text, and only text is ever
/// inserted into a request; a JSON array or object is encoded when a template inserts it whole.
public enum VariableValue: Sendable, Hashable {
    /// Text, inserted as is.
    case text(String)
    /// A JSON array or object, kept decoded so templates can draw from it.
    case json(JSONValue)

    /// The form a value found by a JSON path is kept in: an array or object as JSON, a scalar as
    /// the text a template inserts (`abc` for the string `"abc"`, `3` for the number 3).
    public init(_ value: JSONValue) {
        switch value {
        case .array, .object: self = .json(value)
        default: self = .text(value.captureText)
        }
    }

    /// What a template inserts: text as is, JSON as compact JSON text.
    public var text: String {
        switch self {
        case .text(let text): text
        case .json(let value): value.captureText
        }
    }
}

extension VariableValue: ExpressibleByStringLiteral {
    /// Lets tests and call sites write text values as literals.
    public init(stringLiteral text: String) {
        self = .text(text)
    }
}
