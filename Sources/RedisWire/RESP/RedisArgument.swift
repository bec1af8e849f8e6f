import NIOCore

/// One word of a Redis command: text or raw bytes, both sent as a RESP bulk string.
///
/// Literals make commands read like redis-cli (`["SET", "k", "v"]`) while binary values
/// (cached JSON already in a `ByteBuffer`) go out without a copy through `String`.
public enum RedisArgument: Sendable, Hashable {
    /// Text, sent as its UTF-8 bytes.
    case string(String)
    /// Raw bytes, sent as they are.
    case bytes(ByteBuffer)

    /// An integer argument in decimal, as Redis expects counts, TTLs and numbers.
    public init<Integer: BinaryInteger>(_ value: Integer) {
        self = .string(String(value))
    }

    /// The argument as text, for error messages and logs (bytes are decoded leniently).
    public var text: String {
        switch self {
        case .string(let value): value
        case .bytes(let value): String(buffer: value)
        }
    }
}

extension RedisArgument: ExpressibleByStringLiteral {
    /// Lets commands be written as string literals.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

extension RedisArgument: ExpressibleByIntegerLiteral {
    /// Lets numeric arguments be written as integer literals.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
