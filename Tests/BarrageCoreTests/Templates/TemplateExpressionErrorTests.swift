import BarrageCore
import Testing

@Suite("template expression errors carry their offset")
struct TemplateExpressionErrorTests {
    private func errors(_ text: String, runtime: Set<String> = ["body"]) -> [TemplateError] {
        do {
            _ = try Template(parsing: text, environment: [:], runtimeVariables: runtime)
            return []
        } catch {
            return error.errors
        }
    }

    @Test("an unknown function suggests the closest one, at the function's offset")
    func unknownFunction() {
        let found = errors("x-${sha265(body)}")
        #expect(found.map(\.offset) == [4])
        #expect(found.first?.problem == "unknown function sha265() (did you mean sha256?)")
    }

    @Test("a wrong argument count names the signature")
    func arity() {
        let found = errors("${base64(body, body)}")
        #expect(found.first?.problem == "base64() takes 1 argument, found 2")
        #expect(found.first?.expected == "base64(text)")
    }

    @Test("an unterminated string points at its quote")
    func unterminatedString() {
        #expect(errors("${base64('abc)}").map(\.offset) == [9])
    }

    @Test("an unresolved argument points at the name, not the call")
    func unresolvedArgument() {
        let found = errors("${sha256(secret)}")
        #expect(found.map(\.offset) == [9])
        #expect(found.first?.problem == "unresolved variable ${secret}")
    }

    @Test("an unknown data column lists the columns")
    func unknownColumn() {
        let found = errors("${users.mail}", runtime: ["users.email", "users.password"])
        #expect(found.map(\.offset) == [2])
        #expect(found.first?.problem == #"unknown column "mail" of data users"#)
        #expect(found.first?.expected == "one of email, password")
    }

    @Test("only [random] may index a variable")
    func onlyRandomIndex() {
        #expect(errors("${body[0]}").first?.problem == "only [random] may follow a variable")
    }

    @Test("literal arguments that cannot work are refused at load time")
    func literalArguments() {
        #expect(errors("${randomInt('a', 5)}").first?.problem == #"randomInt() needs whole numbers, found "a""#)
        #expect(errors("${randomInt(9, 1)}").first?.problem == "randomInt(9, 1) has its minimum above its maximum")
        #expect(
            errors("${hmacSHA256(body, body, 'b64')}").first?.problem
                == "the encoding of hmacSHA256() must be 'hex' or 'base64'")
    }
}
