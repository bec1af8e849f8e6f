/// Paths are parsed once, when the plan is loaded, so a typo fails validation instead of every
/// response of the run.
extension JSONPath {
    /// Parses `$.a.b`, `$.items[0].id`, `$.items[*].id`, `$['odd key']`, `$` (the whole document) and
    /// the same without the leading `$` (`token`, `items[0]`).
    public init(parsing text: String) throws(JSONPathSyntaxError) {
        var parser = JSONPathParser(text)
        self.init(components: try parser.components(), source: text)
    }
}

/// A cursor over the path's Unicode scalars (the unit YAML columns are counted in).
private struct JSONPathParser {
    let text: String
    let scalars: [Unicode.Scalar]
    var position = 0

    init(_ text: String) {
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    mutating func components() throws(JSONPathSyntaxError) -> [JSONPath.Component] {
        guard !scalars.isEmpty else { throw failure("the path is empty") }
        var components: [JSONPath.Component] = []
        if current == "$" {
            position += 1
        } else {
            components.append(.key(try key()))
        }
        while let scalar = current {
            switch scalar {
            case ".":
                position += 1
                if current == "*" {
                    position += 1
                    components.append(.wildcard)
                } else {
                    components.append(.key(try key()))
                }
            case "[":
                position += 1
                components.append(try bracket())
            default:
                throw failure("unexpected \"\(scalar)\"; expected \".\" or \"[\"")
            }
        }
        return components
    }

    /// A bare member name: everything up to the next `.` or `[`.
    mutating func key() throws(JSONPathSyntaxError) -> String {
        let start = position
        while let scalar = current, scalar != ".", scalar != "[" {
            guard scalar != "]", scalar != " " else { throw failure("unexpected \"\(scalar)\" in a key") }
            position += 1
        }
        guard position > start else { throw failure("expected a key") }
        return String(String.UnicodeScalarView(scalars[start..<position]))
    }

    /// The inside of `[…]`: an index, `*`, or a quoted key; the opening bracket is already consumed.
    mutating func bracket() throws(JSONPathSyntaxError) -> JSONPath.Component {
        let component: JSONPath.Component
        switch current {
        case "*":
            position += 1
            component = .wildcard
        case "'", "\"":
            component = .key(try quotedKey())
        case let scalar? where ("0"..."9").contains(scalar):
            component = .index(try index())
        default:
            throw failure("expected an index, \"*\" or a quoted key after \"[\"")
        }
        guard current == "]" else { throw failure("expected \"]\"") }
        position += 1
        return component
    }

    mutating func index() throws(JSONPathSyntaxError) -> Int {
        let start = position
        while let scalar = current, ("0"..."9").contains(scalar) { position += 1 }
        let digits = String(String.UnicodeScalarView(scalars[start..<position]))
        guard let value = Int(digits) else {
            position = start
            throw failure("index \(digits) is too large")
        }
        return value
    }

    mutating func quotedKey() throws(JSONPathSyntaxError) -> String {
        let quote = scalars[position]
        let start = position
        position += 1
        var key = String.UnicodeScalarView()
        while let scalar = current, scalar != quote {
            if scalar == "\\", position + 1 < scalars.count {
                position += 1
            }
            key.append(scalars[position])
            position += 1
        }
        guard current == quote else {
            position = start
            throw failure("unterminated quoted key")
        }
        position += 1
        return String(key)
    }

    func failure(_ problem: String) -> JSONPathSyntaxError {
        JSONPathSyntaxError(path: text, offset: position, problem: problem)
    }
}
