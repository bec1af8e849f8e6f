import BarrageCore
import Foundation
import Testing

@Suite("template functions and built-ins render")
struct TemplateFunctionTests {
    private func render(
        _ text: String, environment: [String: String] = [:], variables: [String: VariableValue] = [:], seed: UInt64 = 7
    ) throws -> String {
        let template = try Template(
            parsing: text, environment: environment, runtimeVariables: Set(variables.keys))
        var scope = LookupScope(seed: seed, clock: { Date(timeIntervalSince1970: 1_700_000_000.25) }, values: { variables[$0] })
        return try template.render(in: &scope).get()
    }

    @Test("hmacSHA256 is hex, and base64 with a third argument or the Base64 variant")
    func hmacForms() throws {
        let hex = try render("${hmacSHA256('Jefe', 'what do ya want for nothing?')}")
        #expect(hex == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        let base64 = try render("${hmacSHA256Base64('Jefe', 'what do ya want for nothing?')}")
        #expect(base64 == "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=")
        #expect(try render("${hmacSHA256('Jefe', 'what do ya want for nothing?', 'base64')}") == base64)
    }

    @Test("the key may come from an environment variable and the text from a capture")
    func environmentKeyAndCapturedText() throws {
        let signed = try render(
            "v1,${hmacSHA256Base64(WEBHOOK_SECRET, body)}", environment: ["WEBHOOK_SECRET": "Jefe"],
            variables: ["body": "what do ya want for nothing?"])
        #expect(signed == "v1,W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=")
    }

    @Test("calls nest: base64 of a sha256")
    func nested() throws {
        #expect(
            try render("${base64(sha256('abc'))}")
                == Data("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".utf8).base64EncodedString())
    }

    @Test("base64 of text, and quoted literals may hold commas, braces and escaped quotes")
    func base64Literals() throws {
        #expect(try render("${base64('hello')}") == "aGVsbG8=")
        #expect(try render(#"${base64('a,}b\'c')}"#) == Data("a,}b'c".utf8).base64EncodedString())
    }

    @Test("randomInt stays within its bounds and repeats under the same seed")
    func randomInt() throws {
        let values = try (0..<50).map { try render("${randomInt(1, 100)}", seed: UInt64($0)) }
        #expect(values.allSatisfy { (1...100).contains(Int($0) ?? 0) })
        #expect(try render("${randomInt(1,100)}", seed: 3) == render("${randomInt(1,100)}", seed: 3))
    }

    @Test("${uuid} and uuid() are version-4 UUIDs")
    func uuid() throws {
        let pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
        #expect(try pattern.wholeMatch(in: render("${uuid}")) != nil)
        #expect(try pattern.wholeMatch(in: render("${uuid()}")) != nil)
    }

    @Test("timestamp is Unix seconds and timestampMs milliseconds")
    func timestamps() throws {
        #expect(try render("${timestamp}") == "1700000000")
        #expect(try render("${timestampMs}") == "1700000000250")
    }

    @Test("products[random].id picks an element of a captured array")
    func randomElement() throws {
        let products = VariableValue(try JSONValue(jsonText: #"[{"id":"a"},{"id":"b"},{"id":"c"}]"#))
        let picks = try Set(
            (0..<40).map { try render("${products[random].id}", variables: ["products": products], seed: UInt64($0)) })
        #expect(picks == ["a", "b", "c"])
        #expect(try render("${products[random]}", variables: ["products": products], seed: 1).hasPrefix(#"{"id":"#))
    }

    @Test("a captured array is kept decoded; text is never decoded to draw from it")
    func randomElementNeverParsesText() throws {
        // The same array as text (say, a header that happens to hold JSON) is not an array: drawing
        // from a variable only ever indexes a value kept as JSON, so no draw can decode a document.
        let asText = VariableValue.text(#"[{"id":"a"},{"id":"b"}]"#)
        let template = try Template(parsing: "${products[random].id}", environment: [:], runtimeVariables: ["products"])
        var scope = LookupScope(values: { _ in asText })
        #expect(template.render(in: &scope) == .failure(UnresolvedVariable(name: "products[random].id")))
        // A JSON path capture keeps arrays and objects decoded and scalars as their text.
        #expect(VariableValue(.array([.number(1)])) == .json(.array([.number(1)])))
        #expect(VariableValue(.string("a")) == .text("a"))
        #expect(VariableValue(.number(2)) == .text("2"))
    }

    @Test("a random element of a value that is not an array is an unresolved variable")
    func randomElementOfScalar() throws {
        let template = try Template(parsing: "${products[random].id}", environment: [:], runtimeVariables: ["products"])
        #expect(template.render { _ in "7" } == .failure(UnresolvedVariable(name: "products[random].id")))
    }
}
