import Yams

/// The expected value of a JSON path or header check: a plain value (equality) or a mapping of
/// predicates (`gt gte lt lte eq ne contains exists`), each of which becomes its own check.
extension ScenarioDecoder {
    static let predicateKeys = ["gt", "gte", "lt", "lte", "eq", "ne", "contains", "exists"]

    /// A predicate with where it was written.
    struct LocatedPredicate {
        let predicate: ValuePredicate
        let location: SourceLocation
    }

    /// `textEquality` compares as text (headers are text even when they look like numbers).
    mutating func valuePredicates(
        _ node: Node, _ path: ScenarioKeyPath, textEquality: Bool = false
    ) -> [LocatedPredicate]? {
        guard case .mapping = node else {
            let value =
                textEquality
                ? text(node, path, expected: "the expected value").map(JSONValue.string)
                : jsonValue(node, path)
            return value.map { [LocatedPredicate(predicate: .equals($0), location: location(of: node))] }
        }
        let expected = "a mapping of " + Self.oneOf(Self.predicateKeys)
        guard let members = mapping(node, path, expected: expected, allowed: Self.predicateKeys) else { return nil }
        guard !members.isEmpty else {
            fail("no predicate", expected: expected, at: node, path)
            return nil
        }
        let predicates = members.map { member in
            predicate(member, textEquality: textEquality).map {
                LocatedPredicate(predicate: $0, location: location(of: member.value))
            }
        }
        return predicates.contains { $0 == nil } ? nil : predicates.compactMap { $0 }
    }

    private mutating func predicate(_ member: MappingEntry, textEquality: Bool) -> ValuePredicate? {
        switch member.key {
        case "exists":
            guard let flag = bool(member.value, member.path) else { return nil }
            return flag ? .exists : .absent
        case "contains":
            return text(member.value, member.path, expected: "the text the value contains").map(ValuePredicate.contains)
        case "eq", "ne":
            let value =
                textEquality
                ? text(member.value, member.path, expected: "the expected value").map(JSONValue.string)
                : jsonValue(member.value, member.path)
            return value.map { member.key == "eq" ? .equals($0) : .notEquals($0) }
        default:
            let expected = "a number"
            guard let text = text(member.value, member.path, expected: expected) else { return nil }
            guard let bound = Double(text), bound.isFinite else {
                fail("not a number: \"\(text)\"", expected: expected, at: member.value, member.path)
                return nil
            }
            switch member.key {
            case "gt": return .greaterThan(bound)
            case "gte": return .greaterThanOrEqual(bound)
            case "lt": return .lessThan(bound)
            default: return .lessThanOrEqual(bound)
            }
        }
    }

    /// `$.count == 2`, `$.token exists`, `header Content-Type contains "json"`.
    static func checkName(subject: String, _ predicate: ValuePredicate) -> String {
        switch predicate {
        case .exists: "\(subject) exists"
        case .absent: "\(subject) is absent"
        case .equals(let value): "\(subject) == \(value.jsonText)"
        case .notEquals(let value): "\(subject) != \(value.jsonText)"
        case .lessThan(let bound): "\(subject) < \(JSONEncoding.number(bound))"
        case .lessThanOrEqual(let bound): "\(subject) <= \(JSONEncoding.number(bound))"
        case .greaterThan(let bound): "\(subject) > \(JSONEncoding.number(bound))"
        case .greaterThanOrEqual(let bound): "\(subject) >= \(JSONEncoding.number(bound))"
        case .contains(let text): "\(subject) contains \(quoted(text))"
        }
    }
}
