/// A JSON body whose string values may contain variables.
public indirect enum JSONTemplate: Sendable {
    case null
    case bool(Bool)
    /// A number kept as written, so `1.50` stays `1.50` on the wire.
    case number(String)
    case string(Template)
    case array([JSONTemplate])
    /// Members in file order.
    case object([(key: String, value: JSONTemplate)])
}
