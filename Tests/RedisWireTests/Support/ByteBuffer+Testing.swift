import NIOCore
import RedisWire

extension ByteBuffer {
    /// A buffer holding `text`, so wire fixtures can be written as readable strings.
    static func wire(_ text: String) -> ByteBuffer {
        ByteBuffer(string: text)
    }
}

extension RESPValue {
    /// A bulk string holding `text`.
    static func bulk(_ text: String) -> RESPValue {
        .bulkString(ByteBuffer(string: text))
    }
}
