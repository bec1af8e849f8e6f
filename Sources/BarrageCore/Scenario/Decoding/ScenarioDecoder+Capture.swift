import Foundation
import Yams

/// `capture:` — variable name → JSON path (`$.token` shorthand or `{ json: … }`), `{ header: … }`
/// or `{ regex: … }`. Paths and regular expressions are compiled here so mistakes surface before
/// the run.
extension ScenarioDecoder {
    static let captureSources = ["json", "header", "regex"]

    mutating func captures(_ node: Node, _ path: ScenarioKeyPath) -> [Capture]? {
        guard let entries = mapping(node, path, expected: "a mapping of variable names to sources") else { return nil }
        let captures = entries.map { capture($0) }
        let decoded = captures.compactMap { $0 }
        return decoded.count == captures.count ? decoded : nil
    }

    private mutating func capture(_ entry: MappingEntry) -> Capture? {
        let name = entry.key
        guard TemplateLexer.isVariableName(name), !RuntimeVariables.reserved.contains(name) else {
            fail(
                "invalid capture variable name \"\(name)\"",
                expected:
                    "letters, digits and underscores, not starting with a digit, and not vu, iteration, scenario, "
                    + "uuid, timestamp or timestampMs",
                at: entry.keyNode, entry.path
            )
            return nil
        }
        let expected = "a JSON path starting with $, or a mapping with one of json, header or regex"
        let source: CaptureSource?
        if case .mapping = entry.value {
            guard let members = mapping(entry.value, entry.path, expected: expected, allowed: Self.captureSources)
            else { return nil }
            guard members.count == 1, let member = members.first else {
                fail(
                    "a capture needs exactly one source", expected: Self.oneOf(Self.captureSources), at: entry.value,
                    entry.path)
                return nil
            }
            source = captureSource(member)
        } else {
            guard let text = text(entry.value, entry.path, expected: expected) else { return nil }
            guard text.hasPrefix("$") else {
                fail("\"\(text)\" is not a JSON path", expected: expected, at: entry.value, entry.path)
                return nil
            }
            source = jsonPath(text, of: entry.value, entry.path).map(CaptureSource.jsonPath)
        }
        return source.map { Capture(variable: name, source: $0, location: location(of: entry.keyNode)) }
    }

    private mutating func captureSource(_ member: MappingEntry) -> CaptureSource? {
        switch member.key {
        case "json":
            guard let text = text(member.value, member.path, expected: "a JSON path") else { return nil }
            return jsonPath(text, of: member.value, member.path).map(CaptureSource.jsonPath)
        case "header":
            return text(member.value, member.path, expected: "a header name").map(CaptureSource.header)
        default:
            guard let text = text(member.value, member.path, expected: "a regular expression") else { return nil }
            return regex(text, of: member.value, member.path).map(CaptureSource.regex)
        }
    }

    /// A parsed JSON path; a syntax error is reported at its own column.
    mutating func jsonPath(_ text: String, of node: Node, _ path: ScenarioKeyPath) -> JSONPath? {
        do {
            return try JSONPath(parsing: text)
        } catch {
            let at = location(of: text, offset: error.offset, in: node)
            fail(
                "invalid JSON path \"\(text)\": \(error.problem)", expected: "a path such as $.items[0].id", at: at,
                path)
            return nil
        }
    }

    /// The pattern, if `NSRegularExpression` (which the runner uses) accepts it.
    mutating func regex(_ pattern: String, of node: Node, _ path: ScenarioKeyPath) -> String? {
        do {
            _ = try NSRegularExpression(pattern: pattern)
            return pattern
        } catch {
            fail("invalid regular expression \"\(pattern)\"", expected: "an ICU regular expression", at: node, path)
            return nil
        }
    }
}
