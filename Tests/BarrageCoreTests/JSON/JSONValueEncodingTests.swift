import BarrageCore
import Testing

@Suite("JSON encoding")
struct JSONValueEncodingTests {
    @Test("writes compact JSON with sorted keys and integral numbers without a fraction")
    func compact() {
        let value = JSONValue.object(["b": .array([.number(2), .number(0.5), .null]), "a": .bool(true)])
        #expect(value.jsonText == #"{"a":true,"b":[2,0.5,null]}"#)
    }

    @Test("escapes quotes, backslashes and control characters")
    func escapes() {
        #expect(JSONValue.string("a\"b\\c\nd\u{01}").jsonText == #""a\"b\\c\nd\u0001""#)
    }

    @Test("captured strings lose their quotes; other values stay JSON")
    func captureText() {
        #expect(JSONValue.string("abc").captureText == "abc")
        #expect(JSONValue.number(42).captureText == "42")
        #expect(JSONValue.array([.string("x")]).captureText == #"["x"]"#)
    }

    @Test("a JSON body template keeps member order and fills variables into strings")
    func renderTemplate() throws {
        let body = JSONTemplate.object([
            ("z", .number("1.50")),
            ("user", .string(Template(segments: [.literal("id-"), .variable("vu")], source: "id-${vu}"))),
            ("tags", .array([.bool(false), .null])),
        ])
        let bytes = try body.render { $0 == "vu" ? "7\"" : nil }.get()
        #expect(String(decoding: bytes, as: UTF8.self) == #"{"z":1.50,"user":"id-7\"","tags":[false,null]}"#)
        #expect(!body.isConstant)
    }

    @Test("rendering reports the variable that has no value")
    func renderMissing() {
        let body = JSONTemplate.array([.string(Template(segments: [.variable("token")], source: "${token}"))])
        #expect(throws: UnresolvedVariable(name: "token")) { try body.render { _ in nil }.get() }
    }
}
