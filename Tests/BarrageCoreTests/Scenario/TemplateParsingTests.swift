import BarrageCore
import Testing

@Suite("Template parsing")
struct TemplateParsingTests {
    func parse(
        _ text: String, environment: [String: String] = [:], runtime: Set<String> = []
    ) throws(TemplateErrors) -> Template {
        try Template(parsing: text, environment: environment, runtimeVariables: runtime)
    }

    @Test("text without references is one literal")
    func literal() throws {
        let template = try parse("/api/v1/products")
        #expect(template.segments == [.literal("/api/v1/products")])
        #expect(template.isConstant)
    }

    @Test("an environment variable is substituted at load time")
    func environmentVariable() throws {
        let template = try parse("Bearer ${TOKEN}", environment: ["TOKEN": "abc"])
        #expect(template.segments == [.literal("Bearer abc")])
    }

    @Test("the default applies when the variable is unset or empty")
    func defaultValue() throws {
        #expect(try parse("${HOST:-127.0.0.1}:${PORT:-8080}").source == "127.0.0.1:8080")
        #expect(try parse("${PORT:-8080}", environment: ["PORT": ""]).source == "8080")
    }

    @Test("a set variable wins over its default")
    func environmentOverridesDefault() throws {
        #expect(try parse("${PORT:-8080}", environment: ["PORT": "9090"]).source == "9090")
    }

    @Test("a run-time variable stays a variable between literals")
    func mixed() throws {
        let template = try parse(
            "/users/${id}/orders/${ORDER}?v=${vu}", environment: ["ORDER": "o1"], runtime: ["id", "vu"])
        #expect(
            template.segments == [.literal("/users/"), .variable("id"), .literal("/orders/o1?v="), .variable("vu")])
        #expect(template.variables == ["id", "vu"])
        #expect(template.source == "/users/${id}/orders/o1?v=${vu}")
    }

    @Test("the environment shadows a run-time variable of the same name")
    func environmentFirst() throws {
        #expect(try parse("${vu}", environment: ["vu": "env"], runtime: ["vu"]).segments == [.literal("env")])
    }

    @Test("$${ is a literal ${")
    func escape() throws {
        let template = try parse("cost: $${price} and $5")
        #expect(template.segments == [.literal("cost: ${price} and $5")])
    }

    @Test("every unresolved variable is reported with the offset of its ${")
    func unresolved() {
        #expect(throws: TemplateErrors.self) { try parse("a${X}b${Y}") }
        do {
            _ = try parse("a${X}b${Y}")
        } catch {
            #expect(error.errors.map(\.offset) == [1, 6])
            #expect(error.errors.map(\.problem) == ["unresolved variable ${X}", "unresolved variable ${Y}"])
        }
    }

    @Test(
        "an unterminated reference and a bad name are errors", arguments: [("x ${ABC", 2), ("${1abc}", 0), ("${}", 0)])
    func malformed(text: String, offset: Int) {
        do {
            _ = try parse(text)
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.errors.map(\.offset) == [offset])
        }
    }
}
