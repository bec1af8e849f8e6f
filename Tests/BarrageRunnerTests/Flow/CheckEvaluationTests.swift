import BarrageCore
import BarrageHTTP
import Testing

@testable import BarrageRunner

@Suite("checks and captures on a response")
struct CheckEvaluationTests {
    func response(status: Int?, body: String, failure: HTTPFailure? = nil, duration: Duration = .milliseconds(20)) -> ResponseView {
        let bytes = Array(body.utf8)
        let result = HTTPResult(status: status, body: bytes, bodyLength: bytes.count, failure: failure)
        return ResponseView(result: result, duration: duration)
    }

    func check(_ condition: CheckCondition) -> Check {
        Check(name: "c", condition: condition, location: SourceLocation(file: "f", line: 1, column: 1))
    }

    @Test("status checks accept any listed status and fail without a response")
    func status() {
        var ok = response(status: 201, body: "")
        #expect(check(.status([200, 201])).passes(&ok))
        var notListed = response(status: 500, body: "")
        #expect(!check(.status([200])).passes(&notListed))
        var down = response(status: nil, body: "", failure: HTTPFailure(.connectionRefused, "x"))
        #expect(!check(.status([200])).passes(&down))
    }

    @Test("JSON path predicates compare numbers, strings and presence")
    func jsonPath() throws {
        var view = response(status: 200, body: #"{"count":2,"items":[{"id":7}],"token":"abc"}"#)
        let count = try JSONPath(parsing: "$.count")
        let id = try JSONPath(parsing: "$.items[0].id")
        let token = try JSONPath(parsing: "$.token")
        let missing = try JSONPath(parsing: "$.nope")
        #expect(check(.jsonPath(count, .equals(.number(2)))).passes(&view))
        #expect(!check(.jsonPath(count, .equals(.number(3)))).passes(&view))
        #expect(check(.jsonPath(id, .greaterThan(5))).passes(&view))
        #expect(!check(.jsonPath(id, .lessThan(5))).passes(&view))
        #expect(check(.jsonPath(token, .contains("bc"))).passes(&view))
        #expect(check(.jsonPath(token, .exists)).passes(&view))
        #expect(!check(.jsonPath(missing, .exists)).passes(&view))
        var notJSON = response(status: 200, body: "<html>")
        #expect(!check(.jsonPath(token, .exists)).passes(&notJSON))
    }

    @Test("body and duration checks")
    func bodyAndDuration() {
        var view = response(status: 200, body: "hello world", duration: .milliseconds(120))
        #expect(check(.bodyContains("lo wo")).passes(&view))
        #expect(!check(.bodyContains("bye")).passes(&view))
        #expect(check(.bodyMatches("^hel+o")).passes(&view))
        #expect(check(.durationBelow(.milliseconds(200))).passes(&view))
        #expect(!check(.durationBelow(.milliseconds(100))).passes(&view))
    }

    @Test("captures read JSON paths and regular expressions; a miss is nil")
    func captures() throws {
        var view = response(status: 200, body: #"{"token":"abc","n":3}"#)
        let location = SourceLocation(file: "f", line: 1, column: 1)
        #expect(Capture(variable: "t", source: .jsonPath(try JSONPath(parsing: "$.token")), location: location).extract(from: &view) == "abc")
        #expect(Capture(variable: "n", source: .jsonPath(try JSONPath(parsing: "$.n")), location: location).extract(from: &view) == "3")
        #expect(Capture(variable: "m", source: .jsonPath(try JSONPath(parsing: "$.missing")), location: location).extract(from: &view) == nil)
        var html = response(status: 200, body: #"<input name="csrf" value="x9">"#)
        #expect(Capture(variable: "c", source: .regex(#"value="([^"]+)""#), location: location).extract(from: &html) == "x9")
        #expect(Capture(variable: "c", source: .regex("nomatch(\\d+)"), location: location).extract(from: &html) == nil)
    }
}
