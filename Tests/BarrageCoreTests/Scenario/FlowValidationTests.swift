import BarrageCore
import Testing

@Suite("Flows: steps, variables, captures and checks")
struct FlowValidationTests {
    /// A file whose only scenario has `flow` (steps indented six spaces); the flow starts on line 7.
    func yaml(_ flow: String) -> String {
        """
        target: http://127.0.0.1:8080
        scenarios:
          s:
            executor: constant-vus
            duration: 10s
            flow:
        \(flow)
        """
    }

    func requests(_ flow: String) throws -> [RequestStep] {
        let plan = try ScenarioFixtures.load(yaml(flow)).get()
        return plan.scenarios[0].flow.compactMap { if case .request(let request) = $0 { request } else { nil } }
    }

    @Test("an unresolved variable points at its ${")
    func unresolvedVariable() throws {
        let error = try ReportedError.only(yaml("      - get: /users/${userId}/orders"))
        #expect((error.line, error.column) == (7, 21))
        #expect(error.keyPath == "scenarios.s.flow[0].get")
        #expect(error.problem == "unresolved variable ${userId}")
    }

    @Test("a variable captured by a later step is not yet available")
    func captureOrder() throws {
        let error = try ReportedError.only(
            yaml(
                """
                      - get: /a/${id}
                      - get: /b
                        capture: { id: $.id }
                """))
        #expect(error.line == 7)
        #expect(error.problem == "unresolved variable ${id}")
    }

    @Test("a variable captured by an earlier step becomes a run-time variable")
    func captureThenUse() throws {
        let steps = try requests(
            """
                  - get: /b
                    capture: { id: $.id }
                  - get: /a/${id}
            """)
        #expect(steps[1].url.segments == [.literal("/a/"), .variable("id")])
    }

    @Test("built-in variables are available in every step")
    func builtIns() throws {
        let steps = try requests("      - get: /v/${vu}/i/${iteration}/s/${scenario}")
        #expect(steps[0].url.variables == ["vu", "iteration", "scenario"])
    }

    @Test("two methods in one step are an error at the second")
    func twoMethods() throws {
        let error = try ReportedError.only(yaml("      - get: /a\n        post: /b"))
        #expect((error.line, error.column) == (8, 9))
        #expect(error.keyPath == "scenarios.s.flow[0].post")
        #expect(error.problem == #"a second request method "post" in one step"#)
    }

    @Test("a step without a method is an error")
    func noMethod() throws {
        let error = try ReportedError.only(yaml("      - name: orphan"))
        #expect((error.line, error.column) == (7, 9))
        #expect(error.keyPath == "scenarios.s.flow[0]")
        #expect(error.problem == "the step has no request method")
    }

    @Test("json and body together are an error")
    func jsonAndBody() throws {
        let error = try ReportedError.only(yaml("      - post: /a\n        json: { a: 1 }\n        body: raw"))
        #expect(error.keyPath == "scenarios.s.flow[0].body")
        #expect(error.problem == "json and body are both set")
    }

    @Test("an empty flow is an error")
    func emptyFlow() throws {
        let error = try ReportedError.only(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s: { executor: constant-vus, duration: 1s, flow: [] }
            """)
        #expect(error.keyPath == "scenarios.s.flow")
        #expect(error.problem == "the flow is empty")
    }

    @Test("a bad JSON path points at the offending character")
    func badJSONPath() throws {
        let error = try ReportedError.only(yaml("      - get: /\n        capture: { id: \"$.items[x]\" }"))
        #expect((error.line, error.column) == (8, 33))
        #expect(error.keyPath == "scenarios.s.flow[0].capture.id")
        #expect(error.problem.hasPrefix(#"invalid JSON path "$.items[x]""#))
    }

    @Test("a bad regular expression is an error")
    func badRegex() throws {
        let error = try ReportedError.only(yaml("      - get: /\n        capture: { csrf: { regex: \"(unclosed\" } }"))
        #expect(error.keyPath == "scenarios.s.flow[0].capture.csrf.regex")
        #expect(error.problem == #"invalid regular expression "(unclosed""#)
    }

    @Test("a request timeout must be a valid duration")
    func badTimeout() throws {
        let error = try ReportedError.only(yaml("      - get: /\n        timeout: 5x"))
        #expect((error.line, error.column) == (8, 18))
        #expect(error.problem == #"invalid duration "5x""#)
    }

    @Test("a relative URL must start with a slash")
    func relativeURL() throws {
        let error = try ReportedError.only(yaml("      - get: api/v1"))
        #expect(error.problem == #"request URL "api/v1" is neither a path nor an absolute URL"#)
    }

    @Test("a check status list is named \"status in […]\"")
    func statusList() throws {
        let steps = try requests("      - get: /\n        check: { status: [200, 201] }")
        #expect(steps[0].checks.map(\.name) == ["status in [200, 201]"])
        #expect(steps[0].checks.map(\.condition) == [.status([200, 201])])
    }

    @Test("body and header checks have readable names")
    func bodyAndHeaderChecks() throws {
        let steps = try requests(
            """
                  - get: /
                    check:
                      body: { matches: "^o+k$" }
                      headers: { ETag: { exists: true }, X-Mode: fast }
                      duration: "<1.5s"
            """)
        #expect(
            steps[0].checks.map(\.name) == [
                #"body matches "^o+k$""#, "header ETag exists", #"header X-Mode == "fast""#, "duration < 1.5s",
            ])
        #expect(steps[0].checks[2].condition == .header("X-Mode", .equals(.string("fast"))))
    }

    @Test("each predicate of a JSON check becomes its own check")
    func predicates() throws {
        let steps = try requests("      - get: /\n        check: { json: { $.n: { gte: 1, lt: 10, ne: 5 } } }")
        #expect(steps[0].checks.map(\.name) == ["$.n >= 1", "$.n < 10", "$.n != 5"])
    }

    @Test("a think step may be fixed, a range, or a min/max mapping")
    func thinkForms() throws {
        let plan = try ScenarioFixtures.load(
            yaml(
                """
                      - think: 250ms
                      - think: 1s..2s
                      - think: { min: 2s, max: 4s }
                """)
        ).get()
        let times = plan.scenarios[0].flow.compactMap { if case .think(let time, _) = $0 { time } else { nil } }
        #expect(
            times == [
                .fixed(.milliseconds(250)), .uniform(min: .seconds(1), max: .seconds(2)),
                .uniform(min: .seconds(2), max: .seconds(4)),
            ])
    }

    @Test("a think range with its bounds reversed is an error")
    func reversedThink() throws {
        let error = try ReportedError.only(yaml("      - think: 3s..1s"))
        #expect(error.problem == "think time minimum 3s is above its maximum 1s")
    }

    @Test("the request name defaults to the URL template")
    func defaultRequestName() throws {
        let steps = try requests("      - get: /b\n        capture: { id: $.id }\n      - delete: /items/${id}")
        #expect(steps[1].name == "/items/${id}")
        #expect(steps[1].method == "DELETE")
    }
}
