/// Response headers kept as the raw bytes of the header block and decoded on demand.
/// Most responses in a load test are never inspected, so the hot path pays for one
/// copy of the block instead of two strings per header.
public struct HTTPResponseHeaders: Sendable, Sequence {
    /// The header lines exactly as received: `name: value\r\n` repeated, no status line.
    private let block: [UInt8]
    /// Whether a `Set-Cookie` field is among them, noted while parsing so the cookie jar's check
    /// costs nothing on the responses (most of them) that set none.
    public let hasSetCookie: Bool

    /// No headers.
    public init() {
        self.block = []
        self.hasSetCookie = false
    }

    /// Wraps a header block the parser has already validated.
    init(block: [UInt8], hasSetCookie: Bool) {
        self.block = block
        self.hasSetCookie = hasSetCookie
    }

    /// Every field in wire order, names as the server spelled them, values trimmed.
    public var fields: [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        forEachField { name, value in
            result.append((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
            return true
        }
        return result
    }

    /// The number of fields.
    public var count: Int {
        var count = 0
        forEachField { _, _ in
            count += 1
            return true
        }
        return count
    }

    /// The first value of `name`, compared case-insensitively as HTTP requires.
    public subscript(name: String) -> String? {
        var found: String?
        forEachField { fieldName, value in
            guard ASCII.equalsIgnoringCase(fieldName, name.utf8) else { return true }
            found = String(decoding: value, as: UTF8.self)
            return false
        }
        return found
    }

    /// All values of `name` in wire order, for repeated headers such as `Set-Cookie`.
    public func values(for name: String) -> [String] {
        var values: [String] = []
        forEachField { fieldName, value in
            if ASCII.equalsIgnoringCase(fieldName, name.utf8) {
                values.append(String(decoding: value, as: UTF8.self))
            }
            return true
        }
        return values
    }

    /// Iterates ``fields``.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }

    /// Calls `body` with each field's name and trimmed value until it returns false.
    private func forEachField(_ body: (ArraySlice<UInt8>, ArraySlice<UInt8>) -> Bool) {
        var lineStart = block.startIndex
        while lineStart < block.endIndex {
            let lineEnd = block[lineStart...].firstIndex(of: ASCII.lineFeed) ?? block.endIndex
            let line = block[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            guard let colon = line.firstIndex(of: ASCII.colon) else { continue }
            let name = line[..<colon]
            let value = ASCII.trimmingWhitespace(line[(colon + 1)...])
            guard body(name, value) else { return }
        }
    }
}
