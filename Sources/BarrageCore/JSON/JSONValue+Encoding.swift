/// Captured values that are not strings are stored as JSON text, and JSON bodies are rendered per
/// request; both need the same compact, deterministic encoding.
extension JSONValue {
    /// Compact JSON text; object members sorted by key so equal values encode equally.
    public var jsonText: String {
        var bytes: [UInt8] = []
        encode(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value as a captured variable holds it: strings without quotes, everything else as JSON.
    public var captureText: String {
        if case .string(let text) = self { return text }
        return jsonText
    }

    /// Appends compact JSON for this value.
    public func encode(into bytes: inout [UInt8]) {
        switch self {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): bytes.append(contentsOf: JSONEncoding.number(number).utf8)
        case .string(let text): JSONEncoding.appendString(text, to: &bytes)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                element.encode(into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (offset, key) in members.keys.sorted().enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONEncoding.appendString(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                members[key]?.encode(into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }
}

/// JSON bodies of requests are templates: constant ones are encoded once, the others per
/// iteration with the VU's variables filled in.
extension JSONTemplate {
    /// The body bytes with every reference filled in from `scope`; fails on the first variable it lacks.
    public func render(in scope: inout some TemplateScope) -> Result<[UInt8], UnresolvedVariable> {
        var bytes: [UInt8] = []
        if let missing = encode(into: &bytes, &scope) { return .failure(missing) }
        return .success(bytes)
    }

    /// The body bytes with every variable filled in; fails on the first variable `lookup` lacks.
    public func render(_ lookup: @escaping (String) -> String?) -> Result<[UInt8], UnresolvedVariable> {
        var scope = LookupScope(lookup)
        return render(in: &scope)
    }

    /// True when no string in the document contains a variable.
    public var isConstant: Bool {
        switch self {
        case .null, .bool, .number: true
        case .string(let template): template.isConstant
        case .array(let elements): elements.allSatisfy(\.isConstant)
        case .object(let members): members.allSatisfy { $0.value.isConstant }
        }
    }

    private func encode(into bytes: inout [UInt8], _ scope: inout some TemplateScope) -> UnresolvedVariable? {
        switch self {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .string(let template):
            switch template.render(in: &scope) {
            case .success(let text): JSONEncoding.appendString(text, to: &bytes)
            case .failure(let missing): return missing
            }
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (offset, element) in elements.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                if let missing = element.encode(into: &bytes, &scope) { return missing }
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (offset, member) in members.enumerated() {
                if offset > 0 { bytes.append(UInt8(ascii: ",")) }
                JSONEncoding.appendString(member.key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if let missing = member.value.encode(into: &bytes, &scope) { return missing }
            }
            bytes.append(UInt8(ascii: "}"))
        }
        return nil
    }
}

/// The pieces of JSON text both encoders share.
enum JSONEncoding {
    /// Integral values without a fraction (`2`, not `2.0`); others in Swift's shortest round-trip
    /// form; non-finite values, which JSON cannot express, as `null`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A quoted string with the escapes JSON requires.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: #"\\"#.utf8)
            case 0x0A: bytes.append(contentsOf: #"\n"#.utf8)
            case 0x0D: bytes.append(contentsOf: #"\r"#.utf8)
            case 0x09: bytes.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
