/// A `${…}` body as written, before names are resolved against the environment and the run-time
/// variables. Offsets are in Unicode scalars from the start of the scalar, for error columns.
indirect enum ExpressionSyntax: Equatable {
    /// `name` or a dotted `binding.column`.
    case name(String, offset: Int)
    /// `'text'` or `"text"`.
    case string(String)
    /// `42`, `-1`.
    case number(String)
    /// `products[random]` optionally followed by `.id`, `[0].name`…; `path` is the JSON path of
    /// the rest, starting with `$`.
    case randomElement(String, path: String?, offset: Int, pathOffset: Int)
    /// `function(arguments…)`.
    case call(String, [ExpressionSyntax], offset: Int)
}
