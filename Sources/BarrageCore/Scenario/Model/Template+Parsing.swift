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
                } else if let value = environment[name] {
                    builder.append(literal: value)
                } else if runtimeVariables.contains(name) {
                    builder.append(variable: name)
                } else {
                    problems.append(.unresolved(name, offset: offset))
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
                + "a built-in (vu, iteration, scenario) or a variable captured by an earlier step"
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

    var template: Template { Template(segments: segments, source: source) }
}

/// Splits a scalar into literal text and `${…}` references.
enum TemplateLexer {
    enum Piece: Equatable {
        case literal(String)
        case reference(name: String, fallback: String?, offset: Int)
        case malformed(TemplateError)
    }

    static func pieces(of text: String) -> [Piece] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        var position = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        while position < scalars.count {
            let rest = scalars[position...]
            if rest.starts(with: ["$", "$", "{"]) {
                literal.append(contentsOf: ["$", "{"])
                position += 3
            } else if rest.starts(with: ["$", "{"]) {
                flush()
                let (piece, end) = reference(in: scalars, at: position)
                pieces.append(piece)
                position = end
            } else {
                literal.append(scalars[position])
                position += 1
            }
        }
        flush()
        return pieces
    }

    /// Reads the reference starting at `start` (the `$`); returns it and the position after `}`.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Piece, Int) {
        guard let close = scalars[start...].firstIndex(of: "}") else {
            let error = TemplateError(
                offset: start, problem: "unterminated ${", expected: "${NAME} or ${NAME:-default}")
            return (.malformed(error), scalars.count)
        }
        let body = String(String.UnicodeScalarView(scalars[(start + 2)..<close]))
        let name: String
        let fallback: String?
        if let separator = body.firstRange(of: ":-") {
            name = String(body[..<separator.lowerBound])
            fallback = String(body[separator.upperBound...])
        } else {
            name = body
            fallback = nil
        }
        guard isVariableName(name) else {
            let error = TemplateError(
                offset: start,
                problem: "invalid variable name \"\(name)\"",
                expected: "a name of letters, digits and underscores, not starting with a digit"
            )
            return (.malformed(error), close + 1)
        }
        return (.reference(name: name, fallback: fallback, offset: start), close + 1)
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`, the names shells and captures share.
    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return name.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }
    }
}
