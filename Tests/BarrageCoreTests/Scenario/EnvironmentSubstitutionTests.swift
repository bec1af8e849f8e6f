import BarrageCore
import Testing

@Suite("Environment variables in scenario files")
struct EnvironmentSubstitutionTests {
    let yaml = """
        target: ${TARGET:-http://127.0.0.1:8080}
        scenarios:
          s:
            executor: constant-vus
            vus: ${VUS:-10}
            duration: ${DURATION:-30s}
            flow:
              - post: /orders
                headers: { X-Env: "${STAGE:-dev}" }
                json:
                  qty: ${QTY:-2}
                  label: "${QTY:-2}"
        """

    @Test("defaults fill unset variables, and numbers and durations are parsed after substitution")
    func defaults() throws {
        let plan = try ScenarioFixtures.load(yaml).get()
        #expect(plan.target == TargetURL(scheme: "http", host: "127.0.0.1", port: 8080))
        #expect(plan.scenarios[0].executor == .constantVUs(vus: 10, duration: .seconds(30)))
    }

    @Test("values from the environment (or --env) override the defaults")
    func overrides() throws {
        let environment = ["TARGET": "http://localhost:9000", "VUS": "3", "DURATION": "1m", "STAGE": "ci"]
        let plan = try ScenarioFixtures.load(yaml, environment: environment).get()
        #expect(plan.target == TargetURL(scheme: "http", host: "localhost", port: 9000))
        #expect(plan.scenarios[0].executor == .constantVUs(vus: 3, duration: .seconds(60)))
        guard case .request(let request) = plan.scenarios[0].flow[0] else {
            Issue.record("expected a request step")
            return
        }
        #expect(request.headers.map(\.value) == [Template(literal: "ci")])
    }

    @Test("an unquoted substitution in a JSON body is typed; a quoted one stays a string")
    func jsonTyping() throws {
        let plan = try ScenarioFixtures.load(yaml, environment: ["QTY": "7"]).get()
        guard case .request(let request) = plan.scenarios[0].flow[0], case .json(let body)? = request.body else {
            Issue.record("expected a request with a JSON body")
            return
        }
        let text = String(decoding: try body.render { _ in nil }.get(), as: UTF8.self)
        #expect(text == #"{"qty":7,"label":"7"}"#)
    }

    @Test("a substituted value is validated like a literal")
    func substitutedValueValidated() throws {
        let error = try ReportedError.only(yaml, environment: ["VUS": "-4"])
        #expect((error.line, error.column) == (5, 10))
        #expect(error.keyPath == "scenarios.s.vus")
        #expect(error.problem == "negative value -4")
    }

    @Test("an unset variable without a default in the target is unresolved")
    func unresolvedInTarget() throws {
        let error = try ReportedError.only(
            """
            target: http://${HOST}:8080
            scenarios:
              s: { executor: per-vu-iterations, flow: [{ get: / }] }
            """)
        #expect((error.line, error.column) == (1, 16))
        #expect(error.problem == "unresolved variable ${HOST}")
    }

    @Test("run-time variables are not allowed where the value is needed at load time")
    func runtimeVariableInOption() throws {
        let error = try ReportedError.only(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s: { executor: per-vu-iterations, vus: "${vu}", flow: [{ get: / }] }
            """)
        #expect((error.line, error.column) == (3, 43))
        #expect(error.problem == "unresolved variable ${vu}")
    }

    @Test("the same unresolved variable twice in one value is reported at each position")
    func repeatedVariable() {
        let errors = ScenarioFixtures.errors(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s: { executor: per-vu-iterations, flow: [{ get: "/${X}/${X}" }] }
            """)
        #expect(errors.map { $0.location?.column ?? 0 } == [53, 58])
    }
}
