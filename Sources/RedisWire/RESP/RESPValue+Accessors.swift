import NIOCore

extension RESPValue {
    /// Whether this is either of RESP2's nulls, which callers usually treat alike ("no value").
    public var isNull: Bool {
        switch self {
        case .bulkString(nil), .array(nil): true
        default: false
        }
    }

    /// The value as text when Redis sent text (status line or UTF-8 bulk string), so callers need not care which.
    public var string: String? {
        switch self {
        case .simpleString(let text): text
        case .bulkString(let bytes?): String(buffer: bytes)
        default: nil
        }
    }

    /// The value as an integer when Redis sent one, or a bulk string holding a decimal number (as Lua replies do).
    public var int: Int64? {
        switch self {
        case .integer(let value): value
        case .bulkString(let bytes?): Int64(String(buffer: bytes))
        default: nil
        }
    }

    /// The elements when this is a non-null array, so multi-value replies unpack without a switch.
    public var array: [RESPValue]? {
        if case .array(let elements?) = self { return elements }
        return nil
    }

    /// The raw bytes of a non-null bulk string, for binary payloads that must not go through `String`.
    public var bytes: ByteBuffer? {
        if case .bulkString(let bytes?) = self { return bytes }
        return nil
    }
}

extension RESPValue: CustomStringConvertible {
    /// A short redis-cli-like rendering, so error messages and test failures show what arrived.
    public var description: String {
        switch self {
        case .simpleString(let text): return text
        case .error(let message): return "(error) \(message)"
        case .integer(let value): return "(integer) \(value)"
        case .bulkString(nil), .array(nil): return "(nil)"
        case .bulkString(let bytes?): return "\"\(String(buffer: bytes))\""
        case .array(let elements?): return "[" + elements.map(\.description).joined(separator: ", ") + "]"
        }
    }
}
