import BarrageCore
import Testing

@Suite("Thresholds on tag values that can never occur")
struct TagValueValidationTests {
    private static func validate(_ thresholds: String, executor: String = "executor: constant-vus\n    vus: 1\n    duration: 1s") throws(ScenarioErrors) -> ValidatedPlan {
        try ValidatedPlan.parse(
            yaml: """
                target: http://127.0.0.1:9
                scenarios:
                  browse:
                    \(executor)
                    tags: { team: shop }
                    flow:
                      - get: /
                        name: home
                      - group: checkout
                        steps:
                          - post: /orders
                            tags: { kind: write }
                thresholds:
                \(thresholds)
                """, file: "tags.yaml", environment: [:])
    }

    @Test("a request name no step has is an error at the threshold's line, before any load")
    func unknownName() throws {
        do {
            _ = try Self.validate("  \"http_req_duration{name:never-sent}\": [\"p(95)<500\"]")
            Issue.record("expected a validation error")
        } catch {
            let message = error.description
            #expect(message.contains("tags.yaml:16:"), "\(message)")
            #expect(message.contains("name 'never-sent'"), "\(message)")
            #expect(message.contains("home"), "\(message)")
        }
    }

    @Test(
        "names, methods, groups, scenarios, user tags and open tags of the plan are accepted",
        arguments: [
            ("http_req_duration{name:home}", "p(95)<500"), ("http_reqs{method:POST}", "count>=0"),
            (#"http_req_duration{group:"::checkout"}"#, "p(95)<500"), ("http_reqs{scenario:browse}", "count>=0"),
            ("http_req_duration{team:shop}", "p(95)<500"), ("http_req_duration{kind:write}", "p(95)<500"),
            ("http_req_failed{status:503}", "rate<=1"), (#"checks{check:"status is 200"}"#, "rate<=1"),
            ("http_reqs{expected_response:false}", "count>=0"),
        ])
    func knownValues(key: String, expression: String) throws {
        let plan = try Self.validate("  '\(key)': [\"\(expression)\"]")
        #expect(plan.thresholds.contains { $0.source == expression })
    }

    @Test("a tag key no sample carries is an error")
    func unknownKey() {
        #expect(throws: ScenarioErrors.self) { try Self.validate("  \"http_reqs{colour:blue}\": [\"count>0\"]") }
    }

    @Test("achieved_rate_ratio takes only arrival-rate scenarios")
    func achievedRateRatio() throws {
        #expect(throws: ScenarioErrors.self) { try Self.validate("  \"achieved_rate_ratio{scenario:browse}\": [\"value>=0.95\"]") }
        let arrival = "executor: constant-arrival-rate\n    rate: 10\n    duration: 1s\n    preAllocatedVUs: 2"
        let plan = try Self.validate("  \"achieved_rate_ratio{scenario:browse}\": [\"value>=0.95\"]\n  achieved_rate_ratio: [\"value>=0.95\"]", executor: arrival)
        #expect(plan.thresholds.count == 3)
    }
}
