/// A decoded JSON document, used by captures and checks. Numbers are kept as `Double`, which is
/// what JSON promises to every reader.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}
