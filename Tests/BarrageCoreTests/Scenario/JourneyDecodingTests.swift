import BarrageCore
import Testing

@Suite("journeys: setup, groups, weighted flows, pacing, think distributions, bodies, expect")
struct JourneyDecodingTests {
    private func plan(_ yaml: String) throws -> TestPlan {
        try ScenarioFixtures.load(yaml).get()
    }

    private func firstError(_ yaml: String) -> ScenarioError? {
        ScenarioFixtures.errors(yaml).first
    }

    @Test("setup captures are readable by every scenario and by the teardown")
    func setupCaptures() throws {
        let plan = try plan(
            """
            target: http://127.0.0.1:8080
            setup:
              - post: /login
                capture: { adminToken: $.token }
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /admin
                    headers: { Authorization: "Bearer ${adminToken}" }
            teardown:
              - delete: /sessions/${adminToken}
            """)
        #expect(plan.setup?.count == 1)
        #expect(plan.teardown?.count == 1)
    }

    @Test("without the setup capture the same reference is unresolved")
    func setupCaptureRequired() {
        let error = firstError(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /admin/${adminToken}
            """)
        #expect(error?.problem == "unresolved variable ${adminToken}")
    }

    @Test("groups nest and a capture inside a group is readable after it")
    func nestedGroups() throws {
        let plan = try plan(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - group: checkout
                    steps:
                      - group: pay
                        steps:
                          - post: /pay
                            capture: { receipt: $.id }
                  - get: /receipts/${receipt}
            """)
        guard case .group(let outer) = plan.scenarios[0].flow[0], case .group(let inner) = outer.steps[0] else {
            Issue.record("not nested groups")
            return
        }
        #expect(outer.name == "checkout")
        #expect(inner.name == "pay")
    }

    @Test("flows with weights, and pace")
    func weightedFlows() throws {
        let scenario = try plan(
            """
            target: http://127.0.0.1:8080
            scenarios:
              shop:
                executor: constant-vus
                duration: 1s
                pace: 5s
                flows:
                  browse: { weight: 8, steps: [{ get: /products }] }
                  buy:
                    weight: 2
                    steps: [{ post: /orders }]
            """
        ).scenarios[0]
        #expect(scenario.flows.map(\.name) == ["browse", "buy"])
        #expect(scenario.flows.map(\.weight) == [8, 2])
        #expect(scenario.pace == .seconds(5))
    }

    @Test("flow and flows together are an error")
    func flowAndFlows() {
        let error = firstError(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow: [{ get: / }]
                flows: { a: { steps: [{ get: / }] } }
            """)
        #expect(error?.problem == "flow and flows are both set")
        #expect((error?.location?.line, error?.location?.column) == (7, 5))
    }

    @Test("normal and exponential think times with bounds")
    func thinkDistributions() throws {
        let flow = try plan(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - think: { normal: { mean: 2s, stddev: 500ms }, min: 1s, max: 4s }
                  - think: { exponential: { mean: 1s }, max: 5s }
            """
        ).scenarios[0].flow
        let times = flow.compactMap { if case .think(let time, _) = $0 { time } else { nil } }
        #expect(
            times == [
                .normal(mean: .seconds(2), standardDeviation: .milliseconds(500), min: .seconds(1), max: .seconds(4)),
                .exponential(mean: .seconds(1), max: .seconds(5)),
            ])
    }

    @Test("a normal think time without bounds is an error")
    func normalNeedsBounds() {
        let error = firstError(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - think: { normal: { mean: 2s, stddev: 500ms } }
            """)
        #expect(error?.problem == #"missing required key "min""#)
    }

    @Test("expect takes statuses and ranges; form fields are templates")
    func expectAndForm() throws {
        let flow = try plan(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - post: /login
                    form: { user: "u${vu}", pass: secret }
                    expect: [200-399, 404]
            """
        ).scenarios[0].flow
        guard case .request(let request) = flow[0], case .form(let fields)? = request.body else {
            Issue.record("no form body")
            return
        }
        #expect(fields.map(\.name) == ["user", "pass"])
        #expect(request.expect == ExpectedStatuses([200...399, 404...404]))
    }

    @Test("an invalid expected status is an error at its element")
    func invalidExpect() {
        let error = firstError(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /
                    expect: [200-399, 399-200]
            """)
        #expect(error?.problem == #"invalid expected status "399-200""#)
        #expect((error?.location?.line, error?.location?.column) == (8, 27))
    }

    @Test("exists: false checks that a JSON path is absent")
    func existsFalse() throws {
        let flow = try plan(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /
                    check: { json: { $.error: { exists: false } } }
            """
        ).scenarios[0].flow
        guard case .request(let request) = flow[0] else { return }
        #expect(request.checks.map(\.name) == ["$.error is absent"])
    }

    @Test("a function error in a scenario points at its line and column")
    func functionErrorLocation() {
        let error = firstError(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /
                    headers:
                      X-Signature: "v1,${hmacSHA256Base64(KEY)}"
            """)
        #expect(error?.problem == "hmacSHA256Base64() takes 2 arguments, found 1")
        #expect((error?.location?.line, error?.location?.column) == (9, 30))
    }

    @Test("uuid is reserved: no capture may take its name")
    func reservedNames() {
        let error = firstError(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /
                    capture: { uuid: $.id }
            """)
        #expect(error?.problem == #"invalid capture variable name "uuid""#)
    }
}
