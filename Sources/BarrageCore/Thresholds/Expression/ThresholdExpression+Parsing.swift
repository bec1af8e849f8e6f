extension ThresholdExpression {
    /// Reads k6's threshold grammar, `<aggregation> <op> <number>`, e.g. `p(95)<500`, `rate < 0.01`,
    /// `p(99.9) <= 1.5`, `value>=-1`. Whitespace may appear between any two tokens.
    public init(parsing text: String) throws(ThresholdExpressionError) {
        var parser = ExpressionParser(text: text)
        self = try parser.parse()
    }
}

/// Recursive-descent reader for ``ThresholdExpression``; one instance per expression.
private struct ExpressionParser {
    let text: String
    var scanner: TextScanner

    init(text: String) {
        self.text = text
        self.scanner = TextScanner(text)
    }

    mutating func parse() throws(ThresholdExpressionError) -> ThresholdExpression {
        scanner.skipWhitespace()
        let aggregation = try parseAggregation()
        scanner.skipWhitespace()
        let comparison = try parseOperator(after: aggregation.description)
        scanner.skipWhitespace()
        let boundColumn = scanner.column
        guard let bound = scanNumber() else {
            throw failure(.expectedNumber(after: comparison.rawValue), at: boundColumn)
        }
        let boundText = String(scanner.characters[boundColumn..<scanner.column])
        scanner.skipWhitespace()
        guard scanner.isAtEnd else {
            throw failure(.trailingText(after: boundText))
        }
        return ThresholdExpression(aggregation: aggregation, comparison: comparison, bound: bound)
    }

    private mutating func parseAggregation() throws(ThresholdExpressionError) -> ThresholdAggregation {
        let start = scanner.column
        let word = scanner.scan { $0.isASCII && $0.isLetter }
        switch word {
        case "avg": return .avg
        case "min": return .min
        case "max": return .max
        case "med": return .med
        case "rate": return .rate
        case "count": return .count
        case "value": return .value
        case "p": return try parsePercentile()
        default: throw failure(.expectedAggregation, at: start)
        }
    }

    private mutating func parsePercentile() throws(ThresholdExpressionError) -> ThresholdAggregation {
        scanner.skipWhitespace()
        guard scanner.consume("(") else {
            throw failure(.expectedOpeningParenthesis)
        }
        scanner.skipWhitespace()
        let numberColumn = scanner.column
        guard let percentile = scanNumber() else {
            throw failure(.expectedPercentile, at: numberColumn)
        }
        guard (0...100).contains(percentile) else {
            throw failure(.percentileOutOfRange(percentile), at: numberColumn)
        }
        scanner.skipWhitespace()
        guard scanner.consume(")") else {
            throw failure(.expectedClosingParenthesis)
        }
        return .percentile(percentile)
    }

    private mutating func parseOperator(after previous: String) throws(ThresholdExpressionError) -> ThresholdOperator {
        let candidates = ThresholdOperator.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
        for candidate in candidates where matches(candidate.rawValue) {
            scanner.advance(by: candidate.rawValue.count)
            return candidate
        }
        throw failure(.expectedOperator(after: previous))
    }

    private func matches(_ token: String) -> Bool {
        token.enumerated().allSatisfy { offset, character in scanner.peek(offset: offset) == character }
    }

    /// An optionally signed decimal (`500`, `0.01`, `-1`, `99.9`); `nil`, consuming nothing, if none is here.
    private mutating func scanNumber() -> Double? {
        let start = scanner.column
        var lookahead = scanner
        _ = lookahead.consume("-") || lookahead.consume("+")
        let integer = lookahead.scan { $0.isASCII && $0.isNumber }
        var fraction = ""
        if lookahead.current == ".", let next = lookahead.peek(offset: 1), next.isASCII, next.isNumber {
            lookahead.advance()
            fraction = lookahead.scan { $0.isASCII && $0.isNumber }
        }
        guard !integer.isEmpty || !fraction.isEmpty,
            let value = Double(String(lookahead.characters[start..<lookahead.column]))
        else { return nil }
        scanner = lookahead
        return value
    }

    private func failure(_ problem: ThresholdExpressionError.Problem, at column: Int? = nil) -> ThresholdExpressionError {
        ThresholdExpressionError(expression: text, column: column ?? scanner.column, problem: problem)
    }
}
