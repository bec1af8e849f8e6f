import BarrageCore

extension Check {
    /// Whether the response satisfies the check. A failed request (no response) fails every
    /// check but a status check that lists no status at all.
    func passes(_ response: inout ResponseView) -> Bool {
        switch condition {
        case .status(let accepted):
            guard let status = response.result.status else { return false }
            return accepted.contains(status)
        case .jsonPath(let path, let predicate):
            return predicate.holds(for: response.value(at: path))
        case .header(let name, let predicate):
            return predicate.holds(for: response.result.headers[name].map(JSONValue.string))
        case .bodyContains(let text):
            return response.result.failure == nil && response.result.body.containsBytes(of: text.utf8)
        case .bodyMatches(let pattern):
            return response.result.failure == nil && RegexCache.shared.matches(pattern, response.bodyText)
        case .durationBelow(let limit):
            return response.result.failure == nil && response.duration < limit
        }
    }
}

extension ValuePredicate {
    /// Applies the predicate to a value taken from a response (nil when it was missing).
    func holds(for value: JSONValue?) -> Bool {
        if case .absent = self { return value == nil }
        guard let value else { return false }
        switch self {
        case .exists:
            return true
        case .absent:
            return false
        case .equals(let expected):
            return Self.equal(value, expected)
        case .notEquals(let expected):
            return !Self.equal(value, expected)
        case .lessThan(let bound):
            return Self.number(value).map { $0 < bound } ?? false
        case .lessThanOrEqual(let bound):
            return Self.number(value).map { $0 <= bound } ?? false
        case .greaterThan(let bound):
            return Self.number(value).map { $0 > bound } ?? false
        case .greaterThanOrEqual(let bound):
            return Self.number(value).map { $0 >= bound } ?? false
        case .contains(let text):
            return value.captureText.utf8.containsBytes(of: text.utf8)
        }
    }

    /// Numbers compare numerically, also when one side is a numeric string (headers are text).
    private static func equal(_ value: JSONValue, _ expected: JSONValue) -> Bool {
        if let left = number(value), let right = number(expected) { return left == right }
        return value == expected
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let number): number
        case .string(let text): Double(text)
        default: nil
        }
    }
}
