import Yams

/// `json:` bodies and the expected values of JSON checks are written as YAML: mappings become
/// objects (in file order), lists arrays, quoted scalars strings, and unquoted scalars take their
/// YAML type. An unquoted `${QTY:-2}` is typed after substitution, so it sends the number 2.
extension ScenarioDecoder {
    mutating func jsonTemplate(_ node: Node, _ path: ScenarioKeyPath, variables: Set<String>) -> JSONTemplate? {
        switch node {
        case .mapping(let mapping):
            var members: [(key: String, value: JSONTemplate)] = []
            var valid = true
            for (key, value) in mapping {
                let name = key.string ?? ""
                if let member = jsonTemplate(value, path.key(name), variables: variables) {
                    members.append((name, member))
                } else {
                    valid = false
                }
            }
            return valid ? .object(members) : nil
        case .sequence(let sequence):
            let elements = sequence.enumerated().map {
                jsonTemplate($0.element, path.index($0.offset), variables: variables)
            }
            let decoded = elements.compactMap { $0 }
            return decoded.count == elements.count ? .array(decoded) : nil
        case .alias:
            fail("YAML aliases are not supported here", expected: "a JSON value", at: node, path)
            return nil
        case .scalar(let scalar):
            guard let template = template(scalar.string, of: node, path, runtimeVariables: variables) else {
                return nil
            }
            guard scalar.style == .plain, template.isConstant else { return .string(template) }
            switch PlainScalar(template.source) {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .number(let text): return .number(text)
            case .string: return .string(template)
            }
        }
    }

    /// A fixed JSON value (no run-time variables), for check expectations.
    mutating func jsonValue(_ node: Node, _ path: ScenarioKeyPath) -> JSONValue? {
        guard let template = jsonTemplate(node, path, variables: []) else { return nil }
        return Self.value(of: template)
    }

    private static func value(of template: JSONTemplate) -> JSONValue {
        switch template {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .number(let text): .number(Double(text) ?? 0)
        case .string(let text): .string(text.source)
        case .array(let elements): .array(elements.map(value(of:)))
        case .object(let members):
            .object(Dictionary(members.map { ($0.key, value(of: $0.value)) }) { _, last in last })
        }
    }
}
