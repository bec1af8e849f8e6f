import NIOCore
import Testing

@testable import RedisWire

@Suite("RESP encoder")
struct RESPEncoderTests {
    @Test func commandIsAnArrayOfBulkStrings() {
        var buffer = ByteBuffer()
        RESPEncoder.encode(command: ["SET", "key", RedisArgument(42)], into: &buffer)
        #expect(String(buffer: buffer) == "*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$2\r\n42\r\n")
    }

    @Test func bulkLengthCountsUTF8BytesNotCharacters() {
        var buffer = ByteBuffer()
        RESPEncoder.encode(command: ["GET", "café"], into: &buffer)
        #expect(String(buffer: buffer) == "*2\r\n$3\r\nGET\r\n$5\r\ncafé\r\n")
    }

    @Test func binaryArgumentsAreSentUnchanged() {
        var buffer = ByteBuffer()
        RESPEncoder.encode(command: [.bytes(ByteBuffer(bytes: [0, 13, 10, 255]))], into: &buffer)
        #expect(Array(buffer.readableBytesView) == Array("*1\r\n$4\r\n".utf8) + [0, 13, 10, 255] + Array("\r\n".utf8))
    }

    @Test func everyValueKindSurvivesAnEncodeParseRoundTrip() throws {
        let value: RESPValue = .array([
            .simpleString("OK"), .error("ERR x"), .integer(-3), .bulk("a\r\nb"), .bulkString(nil),
            .array(nil), .array([]), .array([.bulk("")]),
        ])
        var buffer = ByteBuffer()
        RESPEncoder.encode(value, into: &buffer)
        var parser = RESPParser()
        parser.feed(buffer)
        #expect(try parser.next() == value)
    }
}
