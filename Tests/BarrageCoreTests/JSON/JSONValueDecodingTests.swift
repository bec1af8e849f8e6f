import BarrageCore
import Testing

@Suite("JSON decoding")
struct JSONValueDecodingTests {
    @Test("decodes a nested document")
    func nested() throws {
        let value = try JSONValue(jsonText: #" { "a": [1, -2.5e1, true, null], "b": { "c": "d" } } "#)
        #expect(
            value
                == .object([
                    "a": .array([.number(1), .number(-25), .bool(true), .null]),
                    "b": .object(["c": .string("d")]),
                ]))
    }

    @Test("keeps booleans and numbers apart")
    func booleansAreNotNumbers() throws {
        #expect(
            try JSONValue(jsonText: "[true, 1, false, 0]")
                == .array([.bool(true), .number(1), .bool(false), .number(0)]))
    }

    @Test("decodes escapes, including surrogate pairs")
    func escapes() throws {
        let value = try JSONValue(jsonText: #""q\" b\\ s\/ \n\t é \u00e9 \ud83d\ude00""#)
        #expect(value == .string("q\" b\\ s/ \n\t é é 😀"))
    }

    @Test("decodes from raw bytes")
    func bytes() throws {
        #expect(try JSONValue(jsonBytes: Array(#"{"token":"abc"}"#.utf8)) == .object(["token": .string("abc")]))
    }

    @Test(
        "rejects invalid documents with the byte offset",
        arguments: [
            ("[1,]", 3),
            ("01", 2),
            (#"{"a" 1}"#, 5),
            (#""abc"#, 4),
            ("[1] x", 4),
            ("", 0),
            ("tru", 0),
            ("{\"a\":\"\u{01}\"}", 6),
        ]
    )
    func rejects(text: String, offset: Int) {
        do {
            _ = try JSONValue(jsonText: text)
            Issue.record("\(text) decoded")
        } catch {
            #expect(error.offset == offset)
        }
    }

    @Test("refuses nesting deeper than the limit instead of overflowing the stack")
    func depthLimit() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONDecodingError.self) { try JSONValue(jsonText: text) }
    }
}
