/// Byte-level helpers for the HTTP/1.1 grammar. The parser and encoder work on bytes,
/// never on `String`, so these replace `lowercased()` and friends on the hot path.
enum ASCII {
    static let carriageReturn = UInt8(ascii: "\r")
    static let lineFeed = UInt8(ascii: "\n")
    static let colon = UInt8(ascii: ":")
    static let semicolon = UInt8(ascii: ";")
    static let comma = UInt8(ascii: ",")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")

    /// Lowercases one ASCII letter and leaves every other byte alone.
    @inline(__always)
    static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// Case-insensitive equality of two ASCII byte sequences.
    static func equalsIgnoringCase(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { lowercased($0) == lowercased($1) }
    }

    /// Case-insensitive equality of wire bytes with a lowercase literal such as `"content-length"`.
    /// The parser compares every header name of every response this way; walking raw bytes instead of
    /// zipping two generic collections took it off the closed-loop profile (1.5% of the generator's CPU).
    @inline(__always)
    static func equalsIgnoringCase(_ bytes: some Collection<UInt8>, lowercase literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount else { return false }
        let expected = literal.utf8Start
        var offset = 0
        for byte in bytes {
            guard lowercased(byte) == expected[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// True when `bytes` start with `literal`, byte for byte.
    @inline(__always)
    static func hasPrefix(_ bytes: Slice<UnsafeRawBufferPointer>, _ literal: StaticString) -> Bool {
        guard bytes.count >= literal.utf8CodeUnitCount else { return false }
        let expected = literal.utf8Start
        var index = bytes.startIndex
        for offset in 0..<literal.utf8CodeUnitCount {
            guard bytes[index] == expected[offset] else { return false }
            index += 1
        }
        return true
    }

    /// True for the optional whitespace (SP, HTAB) HTTP allows around field values.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// The value of a hexadecimal digit, or nil.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The value of a decimal digit, or nil.
    @inline(__always)
    static func decimalValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// Drops leading and trailing SP/HTAB (and a stray CR) from a field value.
    static func trimmingWhitespace<C: BidirectionalCollection>(_ bytes: C) -> C.SubSequence where C.Element == UInt8 {
        let isPadding: (UInt8) -> Bool = { isWhitespace($0) || $0 == carriageReturn }
        guard let first = bytes.firstIndex(where: { !isPadding($0) }),
            let last = bytes.lastIndex(where: { !isPadding($0) })
        else { return bytes[bytes.endIndex...] }
        return bytes[first...last]
    }

    /// True when a comma-separated list such as a `Connection` value holds `token`.
    /// Walks the list in place: every response carries `Connection: keep-alive`, and splitting it into
    /// an array cost two allocations per response.
    static func listContainsToken(_ list: some BidirectionalCollection<UInt8>, _ token: StaticString) -> Bool {
        var elementStart = list.startIndex
        while true {
            let elementEnd = list[elementStart...].firstIndex(of: comma) ?? list.endIndex
            if equalsIgnoringCase(trimmingWhitespace(list[elementStart..<elementEnd]), lowercase: token) { return true }
            guard elementEnd < list.endIndex else { return false }
            elementStart = list.index(after: elementEnd)
        }
    }
}
