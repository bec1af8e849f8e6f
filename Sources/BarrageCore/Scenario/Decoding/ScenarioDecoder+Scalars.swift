import Foundation
import Yams

/// Built-in run-time variables every template may read.
enum RuntimeVariables {
    static let builtIns: Set<String> = ["vu", "iteration", "scenario"]
    /// Names no capture or data binding may take: the built-ins and the bare functions.
    static let reserved: Set<String> = builtIns.union(TemplateFunction.bareNames)
}

/// Scalars of every type go through environment substitution first, then are parsed, so
/// `vus: ${VUS:-10}` and `timeout: ${TIMEOUT:-5s}` work like literals.
extension ScenarioDecoder {
    /// A non-null scalar, or nil with an error.
    mutating func scalar(_ node: Node, _ path: ScenarioKeyPath, expected: String) -> Node.Scalar? {
        guard case .scalar(let scalar) = node, !(scalar.style == .plain && PlainScalar.isNull(scalar.string)) else {
            fail("found \(Self.kind(of: node))", expected: expected, at: node, path)
            return nil
        }
        return scalar
    }

    /// A scalar with environment variables substituted and run-time variables kept.
    mutating func template(
        _ node: Node, _ path: ScenarioKeyPath, runtimeVariables: Set<String>, expected: String
    ) -> Template? {
        guard let scalar = scalar(node, path, expected: expected) else { return nil }
        return template(scalar.string, of: node, path, runtimeVariables: runtimeVariables)
    }

    /// Parses `text` (the value of `node`) as a template, reporting each problem at its own column.
    mutating func template(
        _ text: String, of node: Node, _ path: ScenarioKeyPath, runtimeVariables: Set<String>
    ) -> Template? {
        do {
            return try Template(parsing: text, environment: environment, runtimeVariables: runtimeVariables)
        } catch {
            let scalars = Array(text.unicodeScalars)
            for problem in error.errors {
                let needle = Array(scalars[problem.offset...].prefix { $0 != "}" })
                let earlier = (0..<problem.offset).filter { scalars[$0...].starts(with: needle) }.count
                let at = location(of: String(String.UnicodeScalarView(needle)), occurrence: earlier, in: node)
                fail(problem.problem, expected: problem.expected, at: at, path)
            }
            return nil
        }
    }

    /// A scalar with environment variables substituted; run-time variables are not allowed.
    mutating func text(_ node: Node, _ path: ScenarioKeyPath, expected: String) -> String? {
        template(node, path, runtimeVariables: [], expected: expected)?.source
    }

    mutating func duration(_ node: Node, _ path: ScenarioKeyPath) -> Duration? {
        let expected = "a duration such as 500ms, 30s, 2m or 1h30m"
        guard let text = text(node, path, expected: expected) else { return nil }
        guard let duration = Duration(parsing: text) else {
            fail("invalid duration \"\(text)\"", expected: expected, at: node, path)
            return nil
        }
        return duration
    }

    /// A duration that must be longer than zero (timeouts, run lengths).
    mutating func positiveDuration(_ node: Node, _ path: ScenarioKeyPath) -> Duration? {
        guard let duration = duration(node, path) else { return nil }
        guard duration > .zero else {
            fail(
                "the duration must be longer than 0s", expected: "a duration such as 500ms, 30s, 2m or 1h30m", at: node,
                path)
            return nil
        }
        return duration
    }

    /// A whole number of at least `minimum` (VU counts, iterations, stage targets).
    mutating func integer(_ node: Node, _ path: ScenarioKeyPath, minimum: Int) -> Int? {
        let expected = "a whole number of at least \(minimum)"
        guard let text = text(node, path, expected: expected) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Int(trimmed) else {
            let problem = Double(trimmed) == nil ? "not a number: \"\(text)\"" : "non-integer value \(trimmed)"
            fail(problem, expected: expected, at: node, path)
            return nil
        }
        guard value >= minimum else {
            fail(
                value < 0 ? "negative value \(value)" : "value \(value) is too small", expected: expected, at: node,
                path)
            return nil
        }
        return value
    }

    /// A number of at least `minimum` (iteration rates).
    mutating func number(_ node: Node, _ path: ScenarioKeyPath, minimum: Double) -> Double? {
        let expected = "a number of at least \(JSONEncoding.number(minimum))"
        guard let text = text(node, path, expected: expected) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            fail("not a number: \"\(text)\"", expected: expected, at: node, path)
            return nil
        }
        guard value >= minimum else {
            fail(
                value < 0 ? "negative value \(text)" : "value \(text) is too small", expected: expected, at: node, path)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, _ path: ScenarioKeyPath) -> Bool? {
        guard let text = text(node, path, expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true": return true
        case "false": return false
        default:
            fail("not a boolean: \"\(text)\"", expected: "true or false", at: node, path)
            return nil
        }
    }

    /// A mapping of names to plain strings (`tags`); numbers and booleans are kept as written.
    mutating func stringMap(_ node: Node, _ path: ScenarioKeyPath) -> [String: String]? {
        guard let entries = mapping(node, path, expected: "a mapping of names to values") else { return nil }
        var result: [String: String] = [:]
        for entry in entries {
            if let value = text(entry.value, entry.path, expected: "a string value") { result[entry.key] = value }
        }
        return result
    }
}
