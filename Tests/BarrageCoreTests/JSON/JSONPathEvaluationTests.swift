import BarrageCore
import Testing

@Suite("JSON path evaluation")
struct JSONPathEvaluationTests {
    let document = JSONValue.object([
        "a": .object(["b": .string("deep")]),
        "count": .number(2),
        "items": .array([
            .object(["id": .number(7), "name": .string("x")]),
            .object(["id": .number(9)]),
        ]),
        "flags": .object(["y": .bool(false), "x": .bool(true)]),
    ])

    func value(_ path: String) throws -> JSONValue? {
        try JSONPath(parsing: path).evaluate(in: document)
    }

    @Test("follows nested keys")
    func nestedKeys() throws {
        #expect(try value("$.a.b") == .string("deep"))
    }

    @Test("indexes into arrays")
    func index() throws {
        #expect(try value("$.items[1].id") == .number(9))
    }

    @Test("a wildcard collects every match into an array")
    func wildcard() throws {
        #expect(try value("$.items[*].id") == .array([.number(7), .number(9)]))
    }

    @Test("a wildcard over an object visits members in key order")
    func wildcardOverObject() throws {
        #expect(try value("$.flags.*") == .array([.bool(true), .bool(false)]))
    }

    @Test("the root path yields the whole document")
    func root() throws {
        #expect(try value("$") == document)
    }

    @Test(
        "missing members, out-of-range indexes and type mismatches yield nil",
        arguments: [
            "$.missing", "$.a.c", "$.items[5]", "$.count.x", "$.a[0]", "$.items[*].missing",
        ])
    func missing(path: String) throws {
        #expect(try value(path) == nil)
    }

    @Test("a wildcard skips elements without the member")
    func wildcardSkipsMissing() throws {
        #expect(try value("$.items[*].name") == .array([.string("x")]))
    }
}
