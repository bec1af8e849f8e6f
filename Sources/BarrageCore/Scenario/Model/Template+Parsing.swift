/// `${NAME}` and `${NAME:-default}` are resolved in two phases: environment variables when the plan
/// is loaded, run-time variables (built-ins and captures) per iteration. Parsing does the first
/// phase and keeps the second as `Segment.variable`, so nothing is left to guess at run time.
extension Template {
    /// Parses a scalar of a scenario file.
    ///
    /// - `${NAME:-default}` is always an environment variable; the default is used when it is unset
    ///   or empty, as in a shell.
    /// - `${NAME}` is an environment variable when `environment` has it, otherwise a run-time
    ///   variable when `runtimeVariables` contains it, otherwise an error.
    /// - `${users.email}` reads a column of a data binding, `${products[random].id}` a random element
    ///   of a captured array, `${sha256(body)}` calls a function (arguments: variables, quoted
    ///   literals, numbers, nested calls); `${uuid}`, `${timestamp}` and `${timestampMs}` are bare
    ///   calls.
    /// - `$${` is a literal `${`.
    ///
    /// Every problem of the scalar is thrown at once, each with its offset in the text.
    public init(
        parsing text: String,
        environment: [String: String],
        runtimeVariables: Set<String>
    ) throws(TemplateErrors) {
        var builder = TemplateBuilder()
        var problems: [TemplateError] = []
        let resolver = TemplateExpressionResolver(environment: environment, runtimeVariables: runtimeVariables)
        for piece in TemplateLexer.pieces(of: text) {
            switch piece {
            case .literal(let literal):
                builder.append(literal: literal)
            case .malformed(let problem):
                problems.append(problem)
            case .reference(let name, let fallback, let offset):
                if let fallback {
                    let value = environment[name].flatMap { $0.isEmpty ? nil : $0 } ?? fallback
                    builder.append(literal: value)
                } else {
                    builder.append(resolver.resolve(name: name, offset: offset, problems: &problems), source: name)
                }
            case .expression(let syntax, let source):
                switch resolver.resolve(syntax) {
                case .success(let expression): builder.append(expression, source: source)
                case .failure(let errors): problems += errors.errors
                }
            }
        }
        guard problems.isEmpty else { throw TemplateErrors(errors: problems) }
        self = builder.template
    }
}

/// One mistake in a template scalar.
public struct TemplateError: Error, Sendable, Equatable {
    /// Position of the `${` concerned, in Unicode scalars from the start of the scalar.
    public var offset: Int
    /// What is wrong, e.g. `unresolved variable ${TOKEN}`.
    public var problem: String
    /// What would have been accepted.
    public var expected: String?

    /// Describes a problem with the reference at `offset`.
    public init(offset: Int, problem: String, expected: String? = nil) {
        self.offset = offset
        self.problem = problem
        self.expected = expected
    }

    static func unresolved(_ name: String, offset: Int) -> TemplateError {
        TemplateError(
            offset: offset,
            problem: "unresolved variable ${\(name)}",
            expected: "an environment variable (or --env \(name)=VALUE), ${\(name):-default}, "
                + "a built-in (vu, iteration, scenario, uuid, timestamp), a data column (name.column), "
                + "a setup capture or a variable captured by an earlier step"
        )
    }
}

/// Every mistake in one template scalar.
public struct TemplateErrors: Error, Sendable, Equatable {
    /// In the order the references appear.
    public var errors: [TemplateError]

    /// Groups the problems of one scalar.
    public init(errors: [TemplateError]) {
        self.errors = errors
    }
}

/// Accumulates segments, merging neighbouring literals, and keeps a source text in which run-time
/// variables still read `${name}` (used as the default request name).
private struct TemplateBuilder {
    var segments: [Template.Segment] = []
    var source = ""

    mutating func append(literal: String) {
        guard !literal.isEmpty else { return }
        source += literal
        if case .literal(let previous) = segments.last {
            segments[segments.count - 1] = .literal(previous + literal)
        } else {
            segments.append(.literal(literal))
        }
    }

    mutating func append(variable name: String) {
        source += "${\(name)}"
        segments.append(.variable(name))
    }

    /// Appends a resolved reference: fixed text becomes literal, a plain variable stays the fast
    /// `.variable` segment, anything else an `.expression`.
    mutating func append(_ expression: TemplateExpression, source text: String) {
        switch expression {
        case .text(let literal):
            append(literal: literal)
        case .variable(let name):
            append(variable: name)
        default:
            source += "${\(text)}"
            segments.append(.expression(expression))
        }
    }

    var template: Template { Template(segments: segments, source: source) }
}
