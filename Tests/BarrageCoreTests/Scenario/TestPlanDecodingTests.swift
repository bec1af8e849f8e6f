import BarrageCore
import Testing

@Suite("Decoding the full example")
struct TestPlanDecodingTests {
    let plan: TestPlan

    init() throws {
        plan = try ScenarioFixtures.load(ScenarioFixtures.fullExample, file: "Scenarios/smoke.yaml").get()
    }

    var requests: [RequestStep] {
        plan.scenarios[0].flow.compactMap { if case .request(let request) = $0 { request } else { nil } }
    }

    @Test("reads the plan's name, target, allowed hosts and defaults")
    func planFields() {
        #expect(plan.name == "smoke")
        #expect(plan.sourceFile == "Scenarios/smoke.yaml")
        #expect(plan.target == TargetURL(scheme: "http", host: "127.0.0.1", port: 8080))
        #expect(plan.allowedHosts == ["example.internal"])
        #expect(plan.defaults.headers.map(\.name) == ["Accept"])
        #expect(plan.defaults.headers.map(\.value) == [Template(literal: "application/json")])
        #expect(plan.defaults.timeout == .seconds(10))
    }

    @Test("reads the scenario's executor and common options")
    func scenario() throws {
        let scenario = try #require(plan.scenarios.first)
        #expect(plan.scenarios.count == 1)
        #expect(scenario.name == "browse")
        #expect(
            scenario.executor
                == .rampingVUs(
                    startVUs: 0,
                    stages: [Stage(duration: .seconds(10), target: 5), Stage(duration: .seconds(20), target: 5)],
                    gracefulRampDown: .seconds(30)
                ))
        #expect(scenario.startTime == .zero)
        #expect(scenario.gracefulStop == .seconds(30))
        #expect(scenario.tags == ["kind": "read"])
        #expect(scenario.location == SourceLocation(file: "Scenarios/smoke.yaml", line: 9, column: 5))
    }

    @Test("types a JSON body from YAML scalars and keeps member order")
    func jsonBody() throws {
        let login = try #require(requests.first)
        #expect(login.method == "POST")
        #expect(login.name == "login")
        guard case .json(let body)? = login.body else {
            Issue.record("expected a JSON body, got \(String(describing: login.body))")
            return
        }
        let text = String(decoding: try body.render { _ in nil }.get(), as: UTF8.self)
        #expect(text == #"{"email":"a@b.c","qty":2,"vip":true,"note":null}"#)
    }

    @Test("reads captures of each source kind in file order")
    func captures() throws {
        let login = try #require(requests.first)
        #expect(login.captures.map(\.variable) == ["token", "firstId", "etag", "csrf"])
        #expect(
            login.captures.map(\.source) == [
                .jsonPath(try JSONPath(parsing: "$.token")),
                .jsonPath(try JSONPath(parsing: "$.items[0].id")),
                .header("ETag"),
                .regex(#"value="([^"]+)""#),
            ])
        #expect(login.captures[0].location == SourceLocation(file: "Scenarios/smoke.yaml", line: 21, column: 11))
    }

    @Test("keeps captured variables as run-time variables in later steps")
    func laterStepTemplates() throws {
        let list = try #require(requests.last)
        #expect(list.method == "GET")
        #expect(list.url == Template(literal: "/api/v1/products"))
        #expect(list.query.map(\.name) == ["page", "q"])
        #expect(list.query.map(\.value.segments) == [[.literal("1")], [.variable("firstId")]])
        #expect(list.headers.map(\.value.segments) == [[.literal("Bearer "), .variable("token")]])
        #expect(list.timeout == .seconds(5))
        #expect(list.tags == ["kind": "read"])
    }

    @Test("gives every check a readable name")
    func checkNames() throws {
        let list = try #require(requests.last)
        #expect(
            list.checks.map(\.name) == [
                "status is 200",
                "body contains \"ok\"",
                "$.count == 2",
                "$.token exists",
                "$.items[0].id > 0",
                "header Content-Type contains \"json\"",
                "duration < 500ms",
            ])
    }

    @Test("decodes each check's condition")
    func checkConditions() throws {
        let list = try #require(requests.last)
        #expect(
            list.checks.map(\.condition) == [
                .status([200]),
                .bodyContains("ok"),
                .jsonPath(try JSONPath(parsing: "$.count"), .equals(.number(2))),
                .jsonPath(try JSONPath(parsing: "$.token"), .exists),
                .jsonPath(try JSONPath(parsing: "$.items[0].id"), .greaterThan(0)),
                .header("Content-Type", .contains("json")),
                .durationBelow(.milliseconds(500)),
            ])
    }

    @Test("reads a think range")
    func think() throws {
        guard case .think(let time, let location)? = plan.scenarios[0].flow.last else {
            Issue.record("the last step is not a think step")
            return
        }
        #expect(time == .uniform(min: .seconds(1), max: .seconds(3)))
        #expect(location.line == 40)
    }

    @Test("reads thresholds in the short, list and long forms")
    func thresholds() {
        #expect(
            plan.thresholds.map(\.metricKey) == [
                "http_req_duration", "http_req_duration{name:list products}", "http_req_failed",
            ])
        #expect(plan.thresholds.map { $0.rules.map(\.expression) } == [["p(95)<500"], ["p(99)<800"], ["rate<0.01"]])
        let longForm = plan.thresholds[1].rules[0]
        #expect(longForm.abortOnFail)
        #expect(longForm.delayAbortEval == .seconds(10))
        #expect(plan.thresholds[0].rules[0].abortOnFail == false)
        #expect(plan.thresholds[1].keyLocation == SourceLocation(file: "Scenarios/smoke.yaml", line: 43, column: 3))
    }

    @Test("names the plan after its file when name is absent")
    func defaultName() throws {
        let yaml = ScenarioFixtures.minimal(scenario: ScenarioFixtures.constantVUs(flow: "      - get: /"))
        let plan = try ScenarioFixtures.load(yaml, file: "dir/checkout.v2.yaml").get()
        #expect(plan.name == "checkout.v2")
    }
}
