import Yams

/// `check:` — assertions on status, body, JSON paths, headers and duration. Each becomes one
/// `Check` with a readable name (`status is 200`, `$.count == 2`), which is its label in the
/// summary and its `check` tag.
extension ScenarioDecoder {
    static let checkKeys = ["status", "body", "json", "headers", "duration"]

    mutating func checks(_ node: Node, _ path: ScenarioKeyPath) -> [Check]? {
        let expected = "a mapping with " + Self.oneOf(Self.checkKeys)
        guard let entries = mapping(node, path, expected: expected, allowed: Self.checkKeys) else { return nil }
        var checks: [Check] = []
        var valid = true
        for entry in entries {
            let decoded: [Check]? =
                switch entry.key {
                case "status": statusCheck(entry).map { [$0] }
                case "body": bodyChecks(entry)
                case "json": jsonChecks(entry)
                case "headers": headerChecks(entry)
                default: durationCheck(entry).map { [$0] }
                }
            if let decoded { checks += decoded } else { valid = false }
        }
        return valid ? checks : nil
    }

    private mutating func statusCheck(_ entry: MappingEntry) -> Check? {
        let statuses: [Int]?
        let isList: Bool
        if case .sequence = entry.value {
            isList = true
            let elements = sequence(entry.value, entry.path, expected: "a list of status codes") ?? []
            let codes = elements.map { status($0.0, $0.1) }
            statuses = codes.contains(nil) || codes.isEmpty ? nil : codes.compactMap { $0 }
            if codes.isEmpty {
                fail("no status codes", expected: "at least one status code", at: entry.value, entry.path)
            }
        } else {
            isList = false
            statuses = status(entry.value, entry.path).map { [$0] }
        }
        guard let statuses else { return nil }
        let name =
            isList
            ? "status in [\(statuses.map(String.init).joined(separator: ", "))]"
            : "status is \(statuses[0])"
        return Check(name: name, condition: .status(statuses), location: location(of: entry.value))
    }

    private mutating func status(_ node: Node, _ path: ScenarioKeyPath) -> Int? {
        guard let code = integer(node, path, minimum: 0) else { return nil }
        guard (100...599).contains(code) else {
            fail("invalid status code \(code)", expected: "an HTTP status code from 100 to 599", at: node, path)
            return nil
        }
        return code
    }

    private mutating func bodyChecks(_ entry: MappingEntry) -> [Check]? {
        let at = location(of: entry.value)
        guard case .mapping = entry.value else {
            return text(entry.value, entry.path, expected: "the text the body contains").map {
                [Check(name: "body contains \(Self.quoted($0))", condition: .bodyContains($0), location: at)]
            }
        }
        let expected = "text, or a mapping with contains or matches"
        guard let members = mapping(entry.value, entry.path, expected: expected, allowed: ["contains", "matches"])
        else { return nil }
        let checks = members.map { member -> Check? in
            guard let text = text(member.value, member.path, expected: "a string") else { return nil }
            let memberAt = location(of: member.value)
            if member.key == "contains" {
                return Check(
                    name: "body contains \(Self.quoted(text))", condition: .bodyContains(text), location: memberAt)
            }
            return regex(text, of: member.value, member.path).map {
                Check(name: "body matches \(Self.quoted($0))", condition: .bodyMatches($0), location: memberAt)
            }
        }
        return checks.contains { $0 == nil } ? nil : checks.compactMap { $0 }
    }

    private mutating func jsonChecks(_ entry: MappingEntry) -> [Check]? {
        guard let members = mapping(entry.value, entry.path, expected: "a mapping of JSON paths to expected values")
        else {
            return nil
        }
        var checks: [Check] = []
        var valid = true
        for member in members {
            let path = jsonPath(member.key, of: member.keyNode, member.path)
            let predicates = valuePredicates(member.value, member.path)
            guard let path, let predicates else {
                valid = false
                continue
            }
            checks += predicates.map { predicate in
                Check(
                    name: Self.checkName(subject: path.source, predicate.predicate),
                    condition: .jsonPath(path, predicate.predicate),
                    location: predicate.location
                )
            }
        }
        return valid ? checks : nil
    }

    private mutating func headerChecks(_ entry: MappingEntry) -> [Check]? {
        guard let members = mapping(entry.value, entry.path, expected: "a mapping of header names to expected values")
        else {
            return nil
        }
        var checks: [Check] = []
        var valid = true
        for member in members {
            guard let predicates = valuePredicates(member.value, member.path, textEquality: true) else {
                valid = false
                continue
            }
            checks += predicates.map { predicate in
                Check(
                    name: Self.checkName(subject: "header \(member.key)", predicate.predicate),
                    condition: .header(member.key, predicate.predicate),
                    location: predicate.location
                )
            }
        }
        return valid ? checks : nil
    }

    /// `duration: { lt: 500ms }` or `duration: "<500ms"`.
    private mutating func durationCheck(_ entry: MappingEntry) -> Check? {
        let limit: Duration?
        if case .mapping = entry.value {
            let expected = "a mapping with lt"
            guard let members = mapping(entry.value, entry.path, expected: expected, allowed: ["lt"]),
                let member = required("lt", in: members, of: entry.value, entry.path.key("lt"), expected: "a duration")
            else { return nil }
            limit = duration(member.value, member.path)
        } else {
            let expected = "a limit such as \"<500ms\" or { lt: 500ms }"
            guard let text = text(entry.value, entry.path, expected: expected) else { return nil }
            let trimmed = text.drop { $0 == " " }
            guard trimmed.first == "<", let parsed = Duration(parsing: String(trimmed.dropFirst())) else {
                fail("invalid duration limit \"\(text)\"", expected: expected, at: entry.value, entry.path)
                return nil
            }
            limit = parsed
        }
        return limit.map {
            Check(
                name: "duration < \($0.scenarioNotation)", condition: .durationBelow($0),
                location: location(of: entry.value))
        }
    }

    /// `"text"` with JSON escaping, as check names show strings.
    static func quoted(_ text: String) -> String {
        JSONValue.string(text).jsonText
    }
}
