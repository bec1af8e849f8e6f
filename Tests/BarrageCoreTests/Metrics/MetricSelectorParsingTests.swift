import BarrageCore
import Testing

@Suite("Metric selector parsing")
struct MetricSelectorParsingTests {
    @Test("a bare metric name selects the whole metric")
    func bareName() throws {
        let selector = try MetricSelector(parsing: "http_req_duration")
        #expect(selector.metric == "http_req_duration")
        #expect(!selector.isSubMetric)
    }

    @Test("a tag filter makes a sub-metric")
    func singleFilter() throws {
        let selector = try MetricSelector(parsing: "http_req_duration{name:login}")
        #expect(selector.metric == "http_req_duration")
        #expect(selector.filters == ["name": "login"])
    }

    @Test("several filters with spaces around them")
    func severalFilters() throws {
        let selector = try MetricSelector(parsing: "http_req_duration{ scenario : browse , method:GET }")
        #expect(selector.filters == ["scenario": "browse", "method": "GET"])
    }

    @Test("quoted values may contain commas, braces and spaces")
    func quotedValues() throws {
        let selector = try MetricSelector(parsing: #"checks{check:"status is 200, body {ok}"}"#)
        #expect(selector.filters["check"] == "status is 200, body {ok}")
    }

    @Test("unquoted values may contain colons, as URLs do")
    func colonInValue() throws {
        let selector = try MetricSelector(parsing: "http_reqs{url:http://127.0.0.1:8080/api}")
        #expect(selector.filters["url"] == "http://127.0.0.1:8080/api")
    }

    @Test("the canonical text re-parses to the same selector")
    func roundTrip() throws {
        let selector = try MetricSelector(parsing: #"checks{check:"a, b",name:x}"#)
        #expect(try MetricSelector(parsing: selector.description) == selector)
    }

    @Test(
        "malformed keys report the problem and column",
        arguments: [
            ("http_req_duration{name}", 22, MetricSelectorParseError.Problem.expectedColon(afterKey: "name")),
            ("http_req_duration{name:login", 28, .expectedClosingBrace),
            ("http_req_duration}", 17, .trailingText("}")),
            ("http_req_duration{name:login}}", 29, .trailingText("}")),
            ("http_req_duration{}", 18, .expectedTagKey),
            ("http_req_duration{name:}", 23, .expectedTagValue(key: "name")),
            ("{name:login}", 0, .expectedMetricName),
            ("http_req$duration", 8, .unexpectedCharacter("$")),
            (#"checks{check:"open"#, 13, .unterminatedQuote),
            ("http_reqs{name:a,name:b}", 17, .duplicateKey("name")),
        ])
    func malformed(text: String, column: Int, problem: MetricSelectorParseError.Problem) {
        #expect(throws: MetricSelectorParseError(text: text, column: column, problem: problem)) {
            try MetricSelector(parsing: text)
        }
    }

    @Test("a sample matches when it carries every filter tag with that value")
    func matching() throws {
        let selector = try MetricSelector(parsing: "http_req_duration{scenario:browse,method:GET}")
        #expect(selector.matches(["scenario": "browse", "method": "GET", "name": "list"]))
        #expect(!selector.matches(["scenario": "browse", "method": "POST"]))
        #expect(!selector.matches(["method": "GET"]))
    }
}
