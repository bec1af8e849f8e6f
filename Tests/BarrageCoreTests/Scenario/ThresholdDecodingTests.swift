import BarrageCore
import Testing

@Suite("Threshold shapes")
struct ThresholdDecodingTests {
    func yaml(_ thresholds: String) -> String {
        """
        target: http://127.0.0.1:8080
        scenarios:
          s: { executor: per-vu-iterations, flow: [{ get: / }] }
        thresholds:
        \(thresholds)
        """
    }

    @Test("each rule keeps the location of its expression")
    func locations() throws {
        let plan = try ScenarioFixtures.load(yaml("  checks: [\"rate>0.99\", \"count>0\"]")).get()
        #expect(plan.thresholds.map(\.metricKey) == ["checks"])
        #expect(plan.thresholds[0].rules.map(\.location.column) == [12, 25])
        #expect(plan.thresholds[0].rules.map(\.location.line) == [5, 5])
    }

    @Test("the long form needs a threshold expression")
    func longFormWithoutExpression() throws {
        let error = try ReportedError.only(yaml("  http_reqs: [{ abortOnFail: true }]"))
        #expect(error.keyPath == "thresholds.http_reqs[0].threshold")
        #expect(error.problem == #"missing required key "threshold""#)
    }

    @Test("an unknown long-form key is an error")
    func unknownLongFormKey() throws {
        let error = try ReportedError.only(yaml("  http_reqs: [{ threshold: \"count>0\", abortOnFial: true }]"))
        #expect(error.problem == #"unknown key "abortOnFial" (did you mean "abortOnFail"?)"#)
    }

    @Test("a bad delayAbortEval is a duration error")
    func badDelay() throws {
        let error = try ReportedError.only(yaml("  http_reqs: { threshold: \"count>0\", delayAbortEval: later }"))
        #expect(error.keyPath == "thresholds.http_reqs.delayAbortEval")
        #expect(error.problem == #"invalid duration "later""#)
    }

    @Test("thresholds must be a mapping")
    func wrongShape() throws {
        let error = try ReportedError.only(yaml("  - p(95)<500"))
        #expect(error.keyPath == "thresholds")
        #expect(error.problem == "found a list")
    }
}
