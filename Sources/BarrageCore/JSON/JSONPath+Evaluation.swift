/// Captures and checks read one value out of each response; evaluation is a pure function of the
/// decoded document so it is tested without any HTTP.
extension JSONPath {
    /// Every value the path reaches, in document order. A wildcard over an object visits its members
    /// in key order so results are stable.
    public func matches(in document: JSONValue) -> [JSONValue] {
        var current = [document]
        for component in components {
            current = current.flatMap { Self.step(component, from: $0) }
            if current.isEmpty { break }
        }
        return current
    }

    /// The value at the path, or nil when it is missing. A path with a wildcard yields an array of
    /// every match (nil when nothing matched), so `$.items[*].id` reads as "the list of ids".
    public func evaluate(in document: JSONValue) -> JSONValue? {
        guard hasWildcard else { return Self.follow(components, from: document) }
        let found = matches(in: document)
        return found.isEmpty ? nil : .array(found)
    }

    /// Whether the path can reach more than one value.
    public var hasWildcard: Bool { components.contains(.wildcard) }

    /// Walks a path without wildcards, which reaches at most one value, without building arrays.
    private static func follow(_ components: [Component], from document: JSONValue) -> JSONValue? {
        var current = document
        for component in components {
            switch (component, current) {
            case (.key(let name), .object(let members)):
                guard let member = members[name] else { return nil }
                current = member
            case (.index(let position), .array(let elements)):
                guard elements.indices.contains(position) else { return nil }
                current = elements[position]
            default:
                return nil
            }
        }
        return current
    }

    private static func step(_ component: Component, from value: JSONValue) -> [JSONValue] {
        switch (component, value) {
        case (.key(let name), .object(let members)):
            return members[name].map { [$0] } ?? []
        case (.index(let position), .array(let elements)):
            return elements.indices.contains(position) ? [elements[position]] : []
        case (.wildcard, .array(let elements)):
            return elements
        case (.wildcard, .object(let members)):
            return members.keys.sorted().compactMap { members[$0] }
        default:
            return []
        }
    }
}
