/// A string with `${name}` references filled in per iteration (captured values, built-ins such as
/// `vu` and `iteration`, data columns, function calls). Environment variables are already
/// substituted when the plan is loaded, so only run-time references remain here.
public struct Template: Sendable, Hashable {
    /// A piece of a template.
    public enum Segment: Sendable, Hashable {
        case literal(String)
        case variable(String)
        /// Anything beyond a plain name: a function call, a random array element, a bare `uuid`.
        case expression(TemplateExpression)
    }

    /// The pieces in order.
    public var segments: [Segment]
    /// The text as written in the file, for names and messages.
    public var source: String

    public init(segments: [Segment], source: String) {
        self.segments = segments
        self.source = source
    }

    /// A template with no variables.
    public init(literal: String) {
        self.segments = literal.isEmpty ? [] : [.literal(literal)]
        self.source = literal
    }

    /// True when rendering never changes, so the runner can pre-encode it once.
    public var isConstant: Bool {
        segments.allSatisfy { if case .literal = $0 { true } else { false } }
    }

    /// Names of the run-time variables this template reads.
    public var variables: [String] {
        segments.flatMap { segment -> [String] in
            switch segment {
            case .literal: []
            case .variable(let name): [name]
            case .expression(let expression): expression.variables
            }
        }
    }

    /// Fills in every reference from `scope`; returns the first variable it cannot resolve instead.
    public func render(in scope: inout some TemplateScope) -> Result<String, UnresolvedVariable> {
        var output = ""
        for segment in segments {
            switch segment {
            case .literal(let text):
                output += text
            case .variable(let name):
                guard let value = scope.variable(name) else { return .failure(UnresolvedVariable(name: name)) }
                output += value.text
            case .expression(let expression):
                switch expression.evaluate(in: &scope) {
                case .success(let value): output += value
                case .failure(let missing): return .failure(missing)
                }
            }
        }
        return .success(output)
    }

    /// Fills in every reference from `lookup` (functions draw from a generator seeded with 0).
    public func render(_ lookup: @escaping (String) -> String?) -> Result<String, UnresolvedVariable> {
        var scope = LookupScope(lookup)
        return render(in: &scope)
    }
}

/// A run-time variable that had no value when a template needed it (for example a capture that
/// did not match): the iteration's remaining steps are skipped with a failed check.
public struct UnresolvedVariable: Error, Sendable, Equatable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}
