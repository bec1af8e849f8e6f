import NIOCore
import Testing

@testable import RedisWire

@Suite("RESP parser")
struct RESPParserTests {
    private func parseAll(_ chunks: [String], limits: RESPParserLimits = RESPParserLimits()) throws -> [RESPValue] {
        var parser = RESPParser(limits: limits)
        var values: [RESPValue] = []
        for chunk in chunks {
            parser.feed(.wire(chunk))
            while let value = try parser.next() {
                values.append(value)
            }
        }
        return values
    }

    private func parseError(_ text: String, limits: RESPParserLimits = RESPParserLimits()) -> RESPProtocolError.Kind? {
        var parser = RESPParser(limits: limits)
        parser.feed(.wire(text))
        do {
            while try parser.next() != nil {}
            return nil
        } catch {
            return error.kind
        }
    }

    @Test func simpleStringIsParsed() throws {
        #expect(try parseAll(["+OK\r\n"]) == [.simpleString("OK")])
    }

    @Test func errorReplyIsAValueNotAThrow() throws {
        #expect(try parseAll(["-ERR unknown command 'FOO'\r\n"]) == [.error("ERR unknown command 'FOO'")])
    }

    @Test func integersIncludingNegativeAndExtremesAreParsed() throws {
        let values = try parseAll([":0\r\n:-42\r\n:9223372036854775807\r\n:-9223372036854775808\r\n"])
        #expect(values == [.integer(0), .integer(-42), .integer(.max), .integer(.min)])
    }

    @Test func bulkStringMayContainCRLF() throws {
        #expect(try parseAll(["$8\r\nab\r\ncd\r\n\r\n"]) == [.bulk("ab\r\ncd\r\n")])
    }

    @Test func emptyBulkStringIsNotNull() throws {
        #expect(try parseAll(["$0\r\n\r\n"]) == [.bulk("")])
    }

    @Test func nullBulkStringAndNullArrayAreDistinct() throws {
        #expect(try parseAll(["$-1\r\n*-1\r\n"]) == [.bulkString(nil), .array(nil)])
    }

    @Test func emptyArrayIsParsed() throws {
        #expect(try parseAll(["*0\r\n"]) == [.array([])])
    }

    @Test func nestedArraysWithMixedTypesAreParsed() throws {
        let wire = "*3\r\n:1\r\n*2\r\n$3\r\nfoo\r\n*1\r\n-ERR x\r\n$-1\r\n"
        let expected: RESPValue = .array([.integer(1), .array([.bulk("foo"), .array([.error("ERR x")])]), .bulkString(nil)])
        #expect(try parseAll([wire]) == [expected])
    }

    @Test func everyByteBoundarySplitGivesTheSameValues() throws {
        let wire = "+OK\r\n*3\r\n:1\r\n*2\r\n$5\r\nhe\r\no\r\n$-1\r\n*-1\r\n-ERR no\r\n$3\r\nend\r\n"
        let whole = try parseAll([wire])
        #expect(whole.count == 4)
        let bytes = Array(wire.utf8)
        for cut in 1..<bytes.count {
            let head = String(decoding: bytes[..<cut], as: UTF8.self)
            let tail = String(decoding: bytes[cut...], as: UTF8.self)
            #expect(try parseAll([head, tail]) == whole, "split at byte \(cut)")
        }
    }

    @Test func byteByByteFeedingGivesTheSameValues() throws {
        let wire = "*2\r\n$5\r\nhello\r\n*2\r\n:-7\r\n+PONG\r\n"
        let chunks = wire.map { String($0) }.flatMap { $0 == "\r\n" ? ["\r", "\n"] : [$0] }
        #expect(try parseAll(chunks) == [.array([.bulk("hello"), .array([.integer(-7), .simpleString("PONG")])])])
    }

    @Test func incompleteFrameYieldsNothingAndKeepsItsBytes() throws {
        var parser = RESPParser()
        parser.feed(.wire("*2\r\n$3\r\nfoo\r\n$3\r\nba"))
        #expect(try parser.next() == nil)
        parser.feed(.wire("r\r\n"))
        #expect(try parser.next() == .array([.bulk("foo"), .bulk("bar")]))
        #expect(parser.bufferedByteCount == 0)
    }

    @Test func bulkStringOverTheLimitIsRejectedBeforeItsPayloadArrives() {
        let limits = RESPParserLimits(maxBulkStringLength: 10)
        #expect(parseError("$11\r\n", limits: limits) == .bulkStringTooLong(length: 11, limit: 10))
    }

    @Test func arrayOverTheLimitIsRejected() {
        let limits = RESPParserLimits(maxArrayCount: 2)
        #expect(parseError("*3\r\n", limits: limits) == .arrayTooLong(count: 3, limit: 2))
    }

    @Test func nestingOverTheLimitIsRejected() {
        let limits = RESPParserLimits(maxDepth: 2)
        #expect(parseError("*1\r\n*1\r\n*1\r\n:1\r\n", limits: limits) == .nestingTooDeep(limit: 2))
    }

    @Test func lineWithoutTerminatorOverTheLimitIsRejected() {
        let limits = RESPParserLimits(maxLineLength: 8)
        #expect(parseError("+" + String(repeating: "x", count: 20), limits: limits) == .lineTooLong(limit: 8))
    }

    @Test func unknownTypeByteIsRejected() {
        #expect(parseError("?what\r\n") == .unknownTypeByte(UInt8(ascii: "?")))
    }

    @Test func nonNumericIntegerIsRejected() {
        #expect(parseError(":12a\r\n") == .invalidInteger("12a"))
    }

    @Test func integerOverflowIsRejected() {
        #expect(parseError(":9223372036854775808\r\n") == .invalidInteger("9223372036854775808"))
    }

    @Test func lengthBelowMinusOneIsRejected() {
        #expect(parseError("$-2\r\n") == .invalidLength(-2))
    }

    @Test func bulkPayloadNotFollowedByCRLFIsRejected() {
        #expect(parseError("$3\r\nfooXY") == .missingLineTerminator)
    }

    @Test func bareCarriageReturnInALineIsRejected() {
        #expect(parseError("+OK\rX\n") == .missingLineTerminator)
    }

    @Test func errorCarriesTheStreamOffsetOfTheBadValue() throws {
        var parser = RESPParser()
        parser.feed(.wire("+OK\r\n"))
        _ = try parser.next()
        parser.feed(.wire("!bad\r\n"))
        #expect(throws: RESPProtocolError(.unknownTypeByte(UInt8(ascii: "!")), streamOffset: 5)) { try parser.next() }
    }

    @Test func parserStaysFailedAfterAProtocolError() {
        var parser = RESPParser()
        parser.feed(.wire("?\r\n"))
        #expect(throws: RESPProtocolError.self) { try parser.next() }
        parser.feed(.wire("+OK\r\n"))
        #expect(throws: RESPProtocolError.self) { try parser.next() }
    }
}
