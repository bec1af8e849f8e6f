/// The YAML 1.2 core-schema reading of an unquoted scalar (`null`, `true`, `2`, `1.5`, text), used
/// where the type matters: JSON bodies and check values. Quoted scalars are always strings.
enum PlainScalar: Equatable {
    case null
    case bool(Bool)
    /// Kept as JSON number text: `2`, `1.50`, `-3e2`.
    case number(String)
    case string(String)

    init(_ text: String) {
        if Self.isNull(text) {
            self = .null
        } else if ["true", "True", "TRUE"].contains(text) {
            self = .bool(true)
        } else if ["false", "False", "FALSE"].contains(text) {
            self = .bool(false)
        } else if let number = Self.jsonNumber(text) {
            self = .number(number)
        } else {
            self = .string(text)
        }
    }

    static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// The text itself when it already is a JSON number, a normalised form for other YAML numbers
    /// (`+1`, `.5`), nil for anything else.
    static func jsonNumber(_ text: String) -> String? {
        if isJSONNumber(text) { return text }
        guard text.contains(where: \.isNumber), let value = Double(text), value.isFinite else { return nil }
        return JSONEncoding.number(value)
    }

    private static func isJSONNumber(_ text: String) -> Bool {
        (try? JSONValue(jsonText: text)).map { if case .number = $0 { true } else { false } } ?? false
    }
}
