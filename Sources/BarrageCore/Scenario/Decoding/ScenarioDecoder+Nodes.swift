import Yams

/// One member of a YAML mapping, with the key's node kept for its location.
struct MappingEntry {
    let key: String
    let keyNode: Node
    let value: Node
    let path: ScenarioKeyPath
}

/// Shape checks shared by every part of the format: mappings with known keys, lists, and the
/// wording of "found X; expected Y".
extension ScenarioDecoder {
    /// The members of a mapping in file order, or nil (with an error) when `node` is not a mapping.
    mutating func mapping(_ node: Node, _ path: ScenarioKeyPath, expected: String) -> [MappingEntry]? {
        guard case .mapping(let mapping) = node else {
            fail("found \(Self.kind(of: node))", expected: expected, at: node, path)
            return nil
        }
        return mapping.map { key, value in
            let name = key.string ?? ""
            return MappingEntry(key: name, keyNode: key, value: value, path: path.key(name))
        }
    }

    /// A mapping whose keys must all be among `allowed`; unknown keys are reported (with a "did you
    /// mean" when one is close) and dropped.
    mutating func mapping(
        _ node: Node, _ path: ScenarioKeyPath, expected: String, allowed: [String]
    ) -> [MappingEntry]? {
        guard let entries = mapping(node, path, expected: expected) else { return nil }
        return entries.filter { entry in
            guard allowed.contains(entry.key) else {
                unknownKey(entry, allowed: allowed)
                return false
            }
            return true
        }
    }

    mutating func unknownKey(_ entry: MappingEntry, allowed: [String], context: String = "") {
        var problem = "unknown key \"\(entry.key)\"\(context)"
        if let suggestion = KeySuggestion.closest(to: entry.key, among: allowed) {
            problem += " (did you mean \"\(suggestion)\"?)"
        }
        fail(problem, expected: Self.oneOf(allowed), at: entry.keyNode, entry.path)
    }

    /// The member named `key`, or nil (with a "missing required key" error at the mapping).
    mutating func required(
        _ key: String, in entries: [MappingEntry], of node: Node, _ path: ScenarioKeyPath, expected: String
    ) -> MappingEntry? {
        if let entry = entries.first(where: { $0.key == key }) { return entry }
        fail("missing required key \"\(key)\"", expected: expected, at: node, path)
        return nil
    }

    /// The elements of a list, or nil (with an error) when `node` is not a list.
    mutating func sequence(_ node: Node, _ path: ScenarioKeyPath, expected: String) -> [(Node, ScenarioKeyPath)]? {
        guard case .sequence(let sequence) = node else {
            fail("found \(Self.kind(of: node))", expected: expected, at: node, path)
            return nil
        }
        return sequence.enumerated().map { ($0.element, path.index($0.offset)) }
    }

    /// How a node is described in "found …" messages.
    static func kind(of node: Node) -> String {
        switch node {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar):
            scalar.style == .plain && PlainScalar.isNull(scalar.string) ? "an empty value" : "\"\(scalar.string)\""
        }
    }

    /// `a, b or c` for messages.
    static func oneOf(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return "one of " + words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
    }
}
