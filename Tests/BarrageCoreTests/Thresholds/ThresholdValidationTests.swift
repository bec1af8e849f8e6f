import BarrageCore
import Testing

@Suite("Threshold validation")
struct ThresholdValidationTests {
    @Test(
        "aggregations fit the kinds k6 allows them on",
        arguments: [
            ("p(95)<1", MetricKind.trend), ("avg<1", .trend), ("med<1", .trend), ("min<1", .trend), ("max<1", .trend),
            ("count>0", .counter), ("rate>1", .counter), ("rate<0.01", .rate), ("value>=0", .gauge),
        ])
    func fits(text: String, kind: MetricKind) throws {
        #expect(try ThresholdExpression(parsing: text).validate(for: kind) == nil)
    }

    @Test(
        "aggregations on the wrong kind are rejected",
        arguments: [
            ("rate<0.01", MetricKind.trend), ("p(95)<1", .rate), ("count>0", .rate), ("avg<1", .gauge),
            ("value>0", .counter), ("p(95)<1", .counter),
        ])
    func mismatches(text: String, kind: MetricKind) throws {
        let expression = try ThresholdExpression(parsing: text)
        #expect(expression.validate(for: kind) == ThresholdAggregationMismatch(aggregation: expression.aggregation, kind: kind))
    }

    @Test("the mismatch message lists what would work")
    func mismatchMessage() throws {
        let mismatch = try #require(try ThresholdExpression(parsing: "rate<1").validate(for: .trend))
        #expect(mismatch.description == "'rate' does not apply to a trend metric; use one of avg, min, max, med, p(N)")
    }

    @Test("a threshold on an unknown metric is invalid")
    func unknownMetric() throws {
        let threshold = try Threshold(key: "http_req_duraton", expression: "p(95)<500")
        #expect(threshold.validate() == .unknownMetric("http_req_duraton"))
    }

    @Test("a threshold key with a bad selector fails with the selector error")
    func badKey() {
        #expect(
            throws: ThresholdDefinitionError.selector(
                MetricSelectorParseError(text: "http_req_duration{name}", column: 22, problem: .expectedColon(afterKey: "name"))
            )
        ) {
            try Threshold(key: "http_req_duration{name}", expression: "p(95)<500")
        }
    }

    @Test("a sub-metric threshold on a known metric validates")
    func validSubMetric() throws {
        let threshold = try Threshold(key: "http_req_duration{name:login}", expression: "p(95)<500", abortOnFail: true)
        #expect(threshold.validate() == nil)
        #expect(threshold.source == "p(95)<500")
    }
}
