import BarrageCore
import Testing

@Suite("JSON path parsing")
struct JSONPathParsingTests {
    @Test(
        "reads keys, indexes, wildcards and quoted keys",
        arguments: [
            ("$.a.b", [JSONPath.Component.key("a"), .key("b")]),
            ("$.items[0].id", [.key("items"), .index(0), .key("id")]),
            ("$.items[*].id", [.key("items"), .wildcard, .key("id")]),
            ("$.items.*", [.key("items"), .wildcard]),
            ("$['odd key'][\"x.y\"]", [.key("odd key"), .key("x.y")]),
            ("token", [.key("token")]),
            ("items[2]", [.key("items"), .index(2)]),
            ("$", []),
        ]
    )
    func parses(text: String, components: [JSONPath.Component]) throws {
        let path = try JSONPath(parsing: text)
        #expect(path.components == components)
        #expect(path.source == text)
    }

    @Test(
        "reports the offset of a syntax error",
        arguments: [
            ("", 0),
            ("$.", 2),
            ("$.x[", 4),
            ("$.x[a]", 4),
            ("$.x[0", 5),
            ("$x", 1),
            ("$.x['y]", 4),
            ("$.a]", 3),
        ]
    )
    func rejects(text: String, offset: Int) {
        #expect(throws: JSONPathSyntaxError.self) { try JSONPath(parsing: text) }
        do {
            _ = try JSONPath(parsing: text)
        } catch {
            #expect(error.offset == offset)
            #expect(error.path == text)
        }
    }
}
