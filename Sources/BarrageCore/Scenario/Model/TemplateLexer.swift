/// Splits a scalar into literal text and `${…}` references.
enum TemplateLexer {
    enum Piece: Equatable {
        case literal(String)
        case reference(name: String, fallback: String?, offset: Int)
        /// Anything richer than a name; `source` is the body as written, for names and messages.
        case expression(ExpressionSyntax, source: String)
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
        if let close = scalars[start...].firstIndex(of: "}") {
            let body = String(String.UnicodeScalarView(scalars[(start + 2)..<close]))
            if let separator = body.firstRange(of: ":-"), isVariableName(String(body[..<separator.lowerBound])) {
                let name = String(body[..<separator.lowerBound])
                return (
                    .reference(name: name, fallback: String(body[separator.upperBound...]), offset: start), close + 1
                )
            }
            if isVariableName(body) { return (.reference(name: body, fallback: nil, offset: start), close + 1) }
            let isPlainName = !body.contains { "([,'\"".contains($0) }
            if isPlainName,
                !body.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ isVariableName(String($0)) })
            {
                let error = TemplateError(
                    offset: start,
                    problem: "invalid variable name \"\(body)\"",
                    expected: "a name of letters, digits and underscores, not starting with a digit"
                )
                return (.malformed(error), close + 1)
            }
        }
        let close: Int
        switch closingBrace(in: scalars, from: start + 2) {
        case .found(let position):
            close = position
        case .openQuote(let quote):
            let error = TemplateError(
                offset: quote, problem: "unterminated string", expected: "a closing \(scalars[quote])")
            return (.malformed(error), scalars.count)
        case .missing:
            let error = TemplateError(
                offset: start, problem: "unterminated ${", expected: "${NAME} or ${NAME:-default}")
            return (.malformed(error), scalars.count)
        }
        var parser = TemplateExpressionParser(scalars: scalars, start: start + 2, end: close)
        switch parser.parseAll() {
        case .success(.name(let name, let offset)) where !name.contains("."):
            return (.reference(name: name, fallback: nil, offset: offset), close + 1)
        case .success(let syntax):
            let source = String(String.UnicodeScalarView(scalars[(start + 2)..<close]))
            return (.expression(syntax, source: source), close + 1)
        case .failure(let error):
            return (.malformed(error), close + 1)
        }
    }

    /// Where the `}` that ends a reference is, skipping braces inside quoted arguments.
    private enum Closing {
        case found(Int)
        /// The text ends inside the string opened at this position.
        case openQuote(Int)
        case missing
    }

    private static func closingBrace(in scalars: [Unicode.Scalar], from start: Int) -> Closing {
        var quote: Unicode.Scalar?
        var quoteStart = start
        var position = start
        while position < scalars.count {
            let scalar = scalars[position]
            if let open = quote {
                if scalar == "\\" {
                    position += 1
                } else if scalar == open {
                    quote = nil
                }
            } else if scalar == "'" || scalar == "\"" {
                quote = scalar
                quoteStart = position
            } else if scalar == "}" {
                return .found(position)
            }
            position += 1
        }
        return quote == nil ? .missing : .openQuote(quoteStart)
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
