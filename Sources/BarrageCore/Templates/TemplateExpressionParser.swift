/// A recursive-descent reader for the inside of `${…}`:
///
///     expression := call | element | name | string | number
///     call       := identifier "(" [expression ("," expression)*] ")"
///     element    := identifier "[random]" path?
///     name       := identifier ("." identifier)*
///     string     := "'" … "'" | '"' … '"'        (backslash escapes the quote and itself)
struct TemplateExpressionParser {
    private let scalars: [Unicode.Scalar]
    private var position: Int
    private let end: Int

    /// Reads `scalars[start..<end]`; offsets in results and errors index `scalars`.
    init(scalars: [Unicode.Scalar], start: Int, end: Int) {
        self.scalars = scalars
        self.position = start
        self.end = end
    }

    /// The whole body as one expression, or the first problem with its offset.
    mutating func parseAll() -> Result<ExpressionSyntax, TemplateError> {
        do throws(TemplateError) {
            let expression = try parseExpression()
            skipSpaces()
            guard position == end else {
                throw TemplateError(
                    offset: position, problem: "unexpected \"\(scalars[position])\" after the expression",
                    expected: "the closing }")
            }
            return .success(expression)
        } catch {
            return .failure(error)
        }
    }

    private mutating func parseExpression() throws(TemplateError) -> ExpressionSyntax {
        skipSpaces()
        guard position < end else {
            throw TemplateError(offset: position, problem: "missing expression", expected: Self.expectedExpression)
        }
        let first = scalars[position]
        if first == "'" || first == "\"" { return .string(try parseString(quote: first)) }
        if first == "-" || Self.isDigit(first) { return .number(try parseNumber()) }
        guard Self.isIdentifierStart(first) else {
            throw TemplateError(
                offset: position, problem: "unexpected \"\(first)\"", expected: Self.expectedExpression)
        }
        let start = position
        let identifier = parseIdentifier()
        if peek("(") { return .call(identifier, try parseArguments(), offset: start) }
        if peek("[") { return try parseRandomElement(of: identifier, start: start) }
        var name = identifier
        while peek(".") {
            position += 1
            guard position < end, Self.isIdentifierStart(scalars[position]) else {
                throw TemplateError(offset: position, problem: "missing name after \".\"", expected: "a column name")
            }
            name += "." + parseIdentifier()
        }
        return .name(name, offset: start)
    }

    private mutating func parseArguments() throws(TemplateError) -> [ExpressionSyntax] {
        position += 1
        var arguments: [ExpressionSyntax] = []
        skipSpaces()
        if peek(")") {
            position += 1
            return arguments
        }
        while true {
            arguments.append(try parseExpression())
            skipSpaces()
            if peek(",") {
                position += 1
            } else if peek(")") {
                position += 1
                return arguments
            } else {
                throw TemplateError(
                    offset: position, problem: position < end ? "unexpected \"\(scalars[position])\"" : "unclosed (",
                    expected: ", or )")
            }
        }
    }

    private mutating func parseRandomElement(of name: String, start: Int) throws(TemplateError) -> ExpressionSyntax {
        let selector = Array("[random]".unicodeScalars)
        guard scalars[position..<end].starts(with: selector) else {
            throw TemplateError(
                offset: position, problem: "only [random] may follow a variable", expected: "\(name)[random]")
        }
        position += selector.count
        let pathStart = position
        while position < end, !Self.isSpace(scalars[position]), scalars[position] != ",", scalars[position] != ")" {
            position += 1
        }
        let rest = String(String.UnicodeScalarView(scalars[pathStart..<position]))
        return .randomElement(name, path: rest.isEmpty ? nil : "$" + rest, offset: start, pathOffset: pathStart)
    }

    private mutating func parseString(quote: Unicode.Scalar) throws(TemplateError) -> String {
        let start = position
        position += 1
        var text = String.UnicodeScalarView()
        while position < end {
            let scalar = scalars[position]
            if scalar == quote {
                position += 1
                return String(text)
            }
            if scalar == "\\", position + 1 < end {
                position += 1
            }
            text.append(scalars[position])
            position += 1
        }
        throw TemplateError(offset: start, problem: "unterminated string", expected: "a closing \(quote)")
    }

    private mutating func parseNumber() throws(TemplateError) -> String {
        let start = position
        if scalars[position] == "-" { position += 1 }
        while position < end, Self.isDigit(scalars[position]) { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        guard text != "-" else {
            throw TemplateError(offset: start, problem: "a lone \"-\"", expected: "a whole number such as -1")
        }
        return text
    }

    private mutating func parseIdentifier() -> String {
        let start = position
        while position < end, Self.isIdentifierStart(scalars[position]) || Self.isDigit(scalars[position]) {
            position += 1
        }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    private mutating func skipSpaces() {
        while position < end, Self.isSpace(scalars[position]) { position += 1 }
    }

    private func peek(_ scalar: Unicode.Scalar) -> Bool {
        position < end && scalars[position] == scalar
    }

    static let expectedExpression = "a variable, a quoted 'text', a number or a function call such as sha256(body)"

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }
    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
    }
}
