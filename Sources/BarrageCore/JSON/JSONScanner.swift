/// Answers a ``JSONPath`` straight from a document's bytes, reading only as far as the answer and
/// building only the value it finds.
///
/// A check such as `$.items[0].id` on a 5 KB list page then reads a few dozen bytes instead of
/// decoding the whole page into a tree: values off the path are skipped by scanning for their end
/// (strings, brackets), never decoded. What is skipped is checked only as far as finding its end
/// needs, so a body that is malformed *after* the answer still answers, as k6's gjson selectors do;
/// one malformed on the way to it fails with the byte offset of the problem.
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Appends to `found` every value that `components` reach from the value at the cursor, in the
    /// order ``JSONPath/matches(in:)`` gives them (object wildcards by key). With `consuming` the
    /// cursor ends after that value, as iterating a wildcard needs; without it the scan stops at
    /// the answer, which is what makes a path near the start of a large body cheap.
    mutating func collect(
        _ components: ArraySlice<JSONPath.Component>, into found: inout [JSONValue], consuming: Bool
    ) throws(JSONDecodingError) {
        skipWhitespace()
        guard position < bytes.count else { throw failure("unexpected end of input") }
        guard let component = components.first else {
            found.append(try materialize())
            return
        }
        let rest = components.dropFirst()
        switch component {
        case .key(let name):
            guard peek() == UInt8(ascii: "{") else {
                if consuming { try skipValue() }
                return
            }
            var matched = false
            try forEachMember { (key: Key, scanner: inout JSONScanner) throws(JSONDecodingError) -> Bool in
                guard !matched, key.matches(name) else {
                    try scanner.skipValue()
                    return true
                }
                matched = true
                try scanner.collect(rest, into: &found, consuming: consuming)
                return consuming
            }
        case .index(let wanted):
            guard peek() == UInt8(ascii: "[") else {
                if consuming { try skipValue() }
                return
            }
            var index = 0
            try forEachElement { (scanner: inout JSONScanner) throws(JSONDecodingError) -> Bool in
                defer { index += 1 }
                guard index == wanted else {
                    try scanner.skipValue()
                    return true
                }
                try scanner.collect(rest, into: &found, consuming: consuming)
                return consuming
            }
        case .wildcard:
            switch peek() {
            case UInt8(ascii: "["):
                try forEachElement { (scanner: inout JSONScanner) throws(JSONDecodingError) -> Bool in
                    try scanner.collect(rest, into: &found, consuming: true)
                    return true
                }
            case UInt8(ascii: "{"):
                var members: [(key: String, values: [JSONValue])] = []
                try forEachMember { (key: Key, scanner: inout JSONScanner) throws(JSONDecodingError) -> Bool in
                    var values: [JSONValue] = []
                    try scanner.collect(rest, into: &values, consuming: true)
                    members.append((key.decoded(), values))
                    return true
                }
                members.sort { $0.key < $1.key }
                for member in members { found.append(contentsOf: member.values) }
            default:
                if consuming { try skipValue() }
            }
        }
    }

    // MARK: Containers

    /// A member name as it stands in the bytes, compared without decoding when it has no escapes.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The name between its quotes.
        let range: Range<Int>
        let hasEscapes: Bool

        func matches(_ name: String) -> Bool {
            if hasEscapes { return decoded() == name }
            var name = name
            return name.withUTF8 { utf8 in
                utf8.count == range.count && utf8.elementsEqual(bytes[range])
            }
        }

        func decoded() -> String {
            guard hasEscapes else { return String(decoding: bytes[range], as: UTF8.self) }
            var reader = JSONReader(bytes: Array(bytes[(range.lowerBound - 1)...range.upperBound]))
            if case .string(let text)? = try? reader.document() { return text }
            return String(decoding: bytes[range], as: UTF8.self)
        }
    }

    /// Calls `body` with each member's name, the cursor on its value; `body` consumes the value and
    /// returns whether to go on. Stops at the end of the object, or where `body` said to stop.
    private mutating func forEachMember(
        _ body: (Key, inout JSONScanner) throws(JSONDecodingError) -> Bool
    ) throws(JSONDecodingError) {
        position += 1
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
            let key = try keyAtCursor()
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw failure("expected \":\" after a member name") }
            skipWhitespace()
            guard try body(key, &self) else { return }
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            guard consume(UInt8(ascii: "}")) else { throw failure("expected \",\" or \"}\" in an object") }
            return
        }
    }

    /// Calls `body` with the cursor on each element; the same contract as ``forEachMember(_:)``.
    private mutating func forEachElement(
        _ body: (inout JSONScanner) throws(JSONDecodingError) -> Bool
    ) throws(JSONDecodingError) {
        position += 1
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return }
        while true {
            skipWhitespace()
            guard try body(&self) else { return }
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            guard consume(UInt8(ascii: "]")) else { throw failure("expected \",\" or \"]\" in an array") }
            return
        }
    }

    private mutating func keyAtCursor() throws(JSONDecodingError) -> Key {
        let start = position + 1
        let hasEscapes = try skipString()
        return Key(bytes: bytes, range: start..<(position - 1), hasEscapes: hasEscapes)
    }

    // MARK: Values

    /// Decodes the value at the cursor, and only it, with the strict reader.
    private mutating func materialize() throws(JSONDecodingError) -> JSONValue {
        let start = position
        try skipValue()
        var reader = JSONReader(bytes: Array(bytes[start..<position]))
        do {
            return try reader.document()
        } catch {
            throw JSONDecodingError(offset: start + error.offset, problem: error.problem)
        }
    }

    /// Moves past the value at the cursor without decoding it. Containers are skipped by counting
    /// brackets outside strings, iteratively, so nesting depth costs no stack.
    mutating func skipValue() throws(JSONDecodingError) {
        skipWhitespace()
        guard let first = peek() else { throw failure("unexpected end of input") }
        switch first {
        case UInt8(ascii: "\""):
            _ = try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer()
        default:
            let start = position
            while position < bytes.count, !Self.endsScalar(bytes[position]) { position += 1 }
            guard position > start else { throw failure("unexpected character") }
        }
    }

    private mutating func skipContainer() throws(JSONDecodingError) {
        var depth = 0
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                _ = try skipString()
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                guard depth <= JSONReader.maximumDepth else {
                    throw failure("nesting deeper than \(JSONReader.maximumDepth) levels")
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 {
                    position += 1
                    return
                }
            default:
                break
            }
            position += 1
        }
        throw failure("unexpected end of input")
    }

    /// Moves past the string at the cursor (its opening quote); returns whether it held escapes.
    private mutating func skipString() throws(JSONDecodingError) -> Bool {
        let start = position
        position += 1
        var hasEscapes = false
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\""):
                position += 1
                return hasEscapes
            case UInt8(ascii: "\\"):
                hasEscapes = true
                position += 2
            default:
                position += 1
            }
        }
        position = start
        throw failure("unterminated string")
    }

    // MARK: Bytes

    private static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D: true
        default: false
        }
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func failure(_ problem: String) -> JSONDecodingError {
        JSONDecodingError(offset: position, problem: problem)
    }
}

extension JSONPath {
    /// The value at the path in the JSON document `bytes`, read without decoding anything off the
    /// path (see ``JSONScanner``). The same answer as ``evaluate(in:)`` on the decoded document:
    /// nil when the path reaches nothing, an array of every match for a path with a wildcard.
    /// Throws when the bytes on the way to the answer are not JSON.
    public func evaluate(inJSON bytes: [UInt8]) throws(JSONDecodingError) -> JSONValue? {
        let result: Result<[JSONValue], JSONDecodingError> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(bytes: buffer)
            var found: [JSONValue] = []
            do throws(JSONDecodingError) {
                try scanner.collect(components[...], into: &found, consuming: components.isEmpty)
                if components.isEmpty {
                    scanner.skipWhitespace()
                    if scanner.position != buffer.count {
                        return .failure(JSONDecodingError(offset: scanner.position, problem: "unexpected data after the document"))
                    }
                }
                return .success(found)
            } catch {
                return .failure(error)
            }
        }
        let found = try result.get()
        if hasWildcard { return found.isEmpty ? nil : .array(found) }
        return found.first
    }
}
