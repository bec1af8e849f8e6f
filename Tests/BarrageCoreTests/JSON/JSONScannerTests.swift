import Testing

@testable import BarrageCore

@Suite("JSON paths answered from bytes")
struct JSONScannerTests {
    private func scan(_ path: String, _ json: String) throws -> JSONValue? {
        try JSONPath(parsing: path).evaluate(inJSON: Array(json.utf8))
    }

    @Test("the same answer as the decoded tree, for every path over random documents")
    func agreesWithTree() throws {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<400 {
            let document = Self.randomValue(depth: 0, using: &random)
            let bytes = Array(document.jsonText.utf8)
            // Paths that exist, paths that do not, wildcards, and the root.
            var paths = Self.paths(in: document, prefix: [], using: &random)
            paths.append([.key("absent")])
            paths.append([.index(99)])
            paths.append([.wildcard, .wildcard])
            paths.append([])
            for components in paths {
                let path = JSONPath(components: components, source: "$")
                #expect(try path.evaluate(inJSON: bytes) == path.evaluate(in: document), "\(components) in \(document.jsonText)")
            }
        }
    }

    @Test("whitespace, escapes in names and strings, and nesting are read as JSON has them")
    func formatting() throws {
        let json = #"""
             { "a b" : [ 1 , { "x\"y" : "q\u0041\n" } ] ,
               "n" : -1.5e3, "t": true, "z": null }
            """#
        #expect(try scan(#"$['a b'][1]['x"y']"#, json) == .string("qA\n"))
        #expect(try scan("$.n", json) == .number(-1500))
        #expect(try scan("$.t", json) == .bool(true))
        #expect(try scan("$.z", json) == .null)
        #expect(try scan("$.missing", json) == nil)
    }

    @Test("a repeated key keeps its first value, in the scanner and the decoded tree alike")
    func repeatedKey() throws {
        let json = #"{"a":1,"a":2}"#
        #expect(try scan("$.a", json) == .number(1))
        #expect(try JSONValue(jsonText: json) == .object(["a": .number(1)]))
    }

    @Test("an answer near the start is found without reading the malformed rest")
    func stopsAtTheAnswer() throws {
        let json = #"{"data":[{"id":"first"},{"id": oops"#
        #expect(try scan("$.data[0].id", json) == .string("first"))
        #expect(throws: JSONDecodingError.self) { try scan("$.data[1].id", json) }
        #expect(throws: JSONDecodingError.self) { try scan("$", json) }
    }

    @Test("a value that is not JSON on the way to the answer fails with its offset")
    func malformed() throws {
        #expect(throws: JSONDecodingError.self) { try scan("$.a", #"{"a" 1}"#) }
        #expect(throws: JSONDecodingError.self) { try scan("$.b", #"{"a": "unterminated}"#) }
        #expect(throws: JSONDecodingError.self) { try scan("$.a", #"{"a": tru}"#) }
        #expect(throws: JSONDecodingError.self) { try scan("$", "[1, 2] 3") }
        #expect(throws: JSONDecodingError.self) { try scan("$.a", "") }
    }

    @Test("deep nesting off the path is skipped without recursion, and bounded")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 400) + String(repeating: "]", count: 400)
        #expect(try scan("$.b", #"{"a":\#(deep),"b":2}"#) == .number(2))
        let tooDeep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONDecodingError.self) { try scan("$.b", #"{"a":\#(tooDeep),"b":2}"#) }
    }

    // MARK: Random documents

    private static func randomValue(depth: Int, using random: inout SeededGenerator) -> JSONValue {
        let choice = depth > 3 ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<6, using: &random)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .number(Double(Int.random(in: -1000...1000, using: &random)) / 8)
        case 3: return .string(randomString(using: &random))
        case 4:
            return .array((0..<Int.random(in: 0..<5, using: &random)).map { _ in randomValue(depth: depth + 1, using: &random) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0..<5, using: &random) {
                members[randomString(using: &random)] = randomValue(depth: depth + 1, using: &random)
            }
            return .object(members)
        }
    }

    private static func randomString(using random: inout SeededGenerator) -> String {
        let pieces = ["a", "b", "id", "x y", "\"", "\\", "é", "\n", "[", "}", ",", ":"]
        return (0..<Int.random(in: 0..<4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// Paths to values of `value`, some with a wildcard in place of a step.
    private static func paths(
        in value: JSONValue, prefix: [JSONPath.Component], using random: inout SeededGenerator
    ) -> [[JSONPath.Component]] {
        var found = [prefix]
        let step: [JSONPath.Component]
        switch value {
        case .array(let elements): step = elements.indices.map { .index($0) }
        case .object(let members): step = members.keys.map { .key($0) }
        default: step = []
        }
        for component in step {
            let child: JSONValue =
                switch (component, value) {
                case (.index(let i), .array(let elements)): elements[i]
                case (.key(let k), .object(let members)): members[k]!
                default: .null
                }
            let next = Bool.random(using: &random) && prefix.count < 3 ? JSONPath.Component.wildcard : component
            found += paths(in: child, prefix: prefix + [next], using: &random)
        }
        return found
    }
}
