extension MetricSelector {
    /// Reads a threshold key: a metric name, optionally followed by tag filters in braces,
    /// e.g. `http_req_duration{scenario:browse, method:GET}` or `checks{check:"status is 200"}`.
    ///
    /// Values may be quoted with `"` or `'` (needed when they contain `,` or `}`); unquoted values
    /// run to the next `,` or `}` and may contain `:` (as URLs do). Whitespace around tokens is ignored.
    public init(parsing text: String) throws(MetricSelectorParseError) {
        var parser = SelectorParser(text: text)
        self = try parser.parse()
    }
}

/// Recursive-descent reader for ``MetricSelector`` keys; one instance per key.
private struct SelectorParser {
    let text: String
    var scanner: TextScanner

    init(text: String) {
        self.text = text
        self.scanner = TextScanner(text)
    }

    mutating func parse() throws(MetricSelectorParseError) -> MetricSelector {
        scanner.skipWhitespace()
        let metric = scanner.scan(while: \.isNameCharacter)
        guard !metric.isEmpty else {
            throw error(.expectedMetricName)
        }
        if let character = scanner.current, character != "{", !character.isWhitespace, character != "}" {
            throw error(.unexpectedCharacter(character))
        }
        scanner.skipWhitespace()
        var filters: [TagSet.Tag] = []
        if scanner.consume("{") {
            filters = try parseFilters()
        }
        scanner.skipWhitespace()
        guard scanner.isAtEnd else {
            throw error(.trailingText(scanner.rest))
        }
        return MetricSelector(metric: metric, filters: TagSet(filters.map { (key: $0.key, value: $0.value) }))
    }

    private mutating func parseFilters() throws(MetricSelectorParseError) -> [TagSet.Tag] {
        var filters: [TagSet.Tag] = []
        repeat {
            scanner.skipWhitespace()
            let keyColumn = scanner.column
            let tag = try parseFilter()
            if filters.contains(where: { $0.key == tag.key }) {
                throw MetricSelectorParseError(text: text, column: keyColumn, problem: .duplicateKey(tag.key))
            }
            filters.append(tag)
            scanner.skipWhitespace()
        } while scanner.consume(",")
        guard scanner.consume("}") else {
            throw error(.expectedClosingBrace)
        }
        return filters
    }

    private mutating func parseFilter() throws(MetricSelectorParseError) -> TagSet.Tag {
        let key = scanner.scan(while: \.isNameCharacter)
        guard !key.isEmpty else {
            throw error(.expectedTagKey)
        }
        scanner.skipWhitespace()
        guard scanner.consume(":") else {
            throw error(.expectedColon(afterKey: key))
        }
        scanner.skipWhitespace()
        let value = try parseValue(for: key)
        return TagSet.Tag(key: key, value: value)
    }

    private mutating func parseValue(for key: String) throws(MetricSelectorParseError) -> String {
        if let quote = scanner.current, quote == "\"" || quote == "'" {
            return try parseQuoted(quote)
        }
        let raw = scanner.scan { $0 != "," && $0 != "}" && $0 != "{" }
        let value = String(raw.reversed().drop(while: \.isWhitespace).reversed())
        guard !value.isEmpty else {
            throw error(.expectedTagValue(key: key))
        }
        return value
    }

    private mutating func parseQuoted(_ quote: Character) throws(MetricSelectorParseError) -> String {
        let openingColumn = scanner.column
        scanner.advance()
        var value = ""
        while let character = scanner.current {
            scanner.advance()
            if character == quote {
                return value
            }
            if character == "\\", let escaped = scanner.current {
                value.append(escaped)
                scanner.advance()
            } else {
                value.append(character)
            }
        }
        throw MetricSelectorParseError(text: text, column: openingColumn, problem: .unterminatedQuote)
    }

    private func error(_ problem: MetricSelectorParseError.Problem) -> MetricSelectorParseError {
        MetricSelectorParseError(text: text, column: scanner.column, problem: problem)
    }
}
