/// What one `${…}` reference computes at run time. Kept as a small tree rather than a closure so
/// plans stay `Sendable`, comparable in tests, and validated before any request is sent.
public indirect enum TemplateExpression: Sendable, Hashable {
    /// Fixed text: a quoted literal, a number, or an environment variable resolved at load time.
    case text(String)
    /// A run-time variable: a capture, a setup value, a built-in, or a data column (`users.email`).
    case variable(String)
    /// One element of a captured JSON array, drawn with the VU's random generator
    /// (`products[random].id`), then narrowed by the path after it.
    case randomElement(of: String, path: JSONPath?)
    /// A built-in function applied to its arguments.
    case call(TemplateFunction, [TemplateExpression])

    /// The run-time variables this expression reads, for validation and data-row selection.
    public var variables: [String] {
        switch self {
        case .text: []
        case .variable(let name): [name]
        case .randomElement(let name, _): [name]
        case .call(_, let arguments): arguments.flatMap(\.variables)
        }
    }
}
