import BarrageCore
import Testing

@Suite("Executors: options, defaults and k6's rules")
struct ExecutorValidationTests {
    /// A file with one scenario `s` made of `options` (indented four spaces) and a one-step flow.
    func yaml(_ options: String) -> String {
        """
        target: http://127.0.0.1:8080
        scenarios:
          s:
        \(options)
            flow: [{ get: / }]
        """
    }

    func executor(_ options: String) throws -> Executor {
        try #require(try ScenarioFixtures.load(yaml(options)).get().scenarios.first).executor
    }

    @Test("constant-vus defaults to one VU")
    func constantVUsDefaults() throws {
        #expect(
            try executor("    executor: constant-vus\n    duration: 30s")
                == .constantVUs(vus: 1, duration: .seconds(30)))
    }

    @Test("ramping-vus defaults startVUs to 1 and gracefulRampDown to 30s")
    func rampingVUsDefaults() throws {
        let decoded = try executor("    executor: ramping-vus\n    stages: [{ duration: 1m, target: 10 }]")
        #expect(
            decoded
                == .rampingVUs(
                    startVUs: 1, stages: [Stage(duration: .seconds(60), target: 10)], gracefulRampDown: .seconds(30)))
    }

    @Test("constant-arrival-rate defaults timeUnit to 1s and maxVUs to preAllocatedVUs")
    func constantArrivalRateDefaults() throws {
        let decoded = try executor(
            "    executor: constant-arrival-rate\n    rate: 50\n    duration: 1m\n    preAllocatedVUs: 20")
        #expect(
            decoded
                == .constantArrivalRate(
                    ArrivalRateOptions(timeUnit: .seconds(1), preAllocatedVUs: 20, maxVUs: 20), rate: 50,
                    duration: .seconds(60)
                ))
    }

    @Test("ramping-arrival-rate reads startRate, timeUnit, stages and maxVUs; rate targets may have fractions")
    func rampingArrivalRate() throws {
        let decoded = try executor(
            """
                executor: ramping-arrival-rate
                startRate: 2
                timeUnit: 1m
                preAllocatedVUs: 5
                maxVUs: 50
                stages: [{ duration: 30s, target: 0.5 }]
            """)
        #expect(
            decoded
                == .rampingArrivalRate(
                    ArrivalRateOptions(timeUnit: .seconds(60), preAllocatedVUs: 5, maxVUs: 50),
                    startRate: 2, stages: [Stage(duration: .seconds(30), target: 0.5)]
                ))
    }

    @Test("the iteration executors default to 1 VU, 1 iteration and a 10m maxDuration")
    func iterationDefaults() throws {
        #expect(
            try executor("    executor: per-vu-iterations")
                == .perVUIterations(vus: 1, iterations: 1, maxDuration: .seconds(600)))
        #expect(
            try executor("    executor: shared-iterations\n    vus: 2\n    iterations: 10")
                == .sharedIterations(vus: 2, iterations: 10, maxDuration: .seconds(600)))
    }

    @Test("an unknown executor suggests the closest name and lists the six")
    func unknownExecutor() throws {
        let error = try ReportedError.only(yaml("    executor: constant-vu\n    duration: 1s"))
        #expect((error.line, error.column) == (4, 15))
        #expect(error.keyPath == "scenarios.s.executor")
        #expect(error.problem == #"unknown executor "constant-vu" (did you mean "constant-vus"?)"#)
        #expect(
            error.expected
                == "one of constant-vus, ramping-vus, constant-arrival-rate, ramping-arrival-rate, per-vu-iterations or shared-iterations"
        )
    }

    @Test("an option of another executor is an unknown key for this one")
    func optionOfAnotherExecutor() throws {
        let error = try ReportedError.only(yaml("    executor: constant-vus\n    duration: 1s\n    stages: []"))
        #expect((error.line, error.column) == (6, 5))
        #expect(error.keyPath == "scenarios.s.stages")
        #expect(error.problem == #"unknown key "stages" for executor constant-vus"#)
    }

    @Test("a negative stage target is reported at the value")
    func negativeTarget() throws {
        let error = try ReportedError.only(
            yaml(
                """
                    executor: ramping-vus
                    stages:
                      - { duration: 10s, target: 5 }
                      - { duration: 10s, target: -3 }
                """))
        #expect((error.line, error.column) == (7, 34))
        #expect(error.keyPath == "scenarios.s.stages[1].target")
        #expect(error.problem == "negative value -3")
        #expect(error.expected == "a whole number of at least 0")
    }

    @Test("VU counts must be whole numbers")
    func nonIntegerVUs() throws {
        let error = try ReportedError.only(yaml("    executor: constant-vus\n    vus: 2.5\n    duration: 1s"))
        #expect((error.line, error.column) == (5, 10))
        #expect(error.problem == "non-integer value 2.5")
    }

    @Test("a run that lasts zero seconds is an error")
    func zeroDuration() throws {
        let error = try ReportedError.only(yaml("    executor: ramping-vus\n    stages: [{ duration: 0s, target: 3 }]"))
        #expect(error.keyPath == "scenarios.s.stages")
        #expect(error.problem == "the stages last 0s in total")
    }

    @Test("a missing required option is reported at the scenario")
    func missingOption() throws {
        let error = try ReportedError.only(yaml("    executor: constant-vus"))
        #expect((error.line, error.column) == (4, 5))
        #expect(error.keyPath == "scenarios.s.duration")
        #expect(error.problem == #"missing required key "duration""#)
    }

    @Test("maxVUs below preAllocatedVUs is an error")
    func maxVUsBelowPreAllocated() throws {
        let error = try ReportedError.only(
            yaml(
                """
                    executor: constant-arrival-rate
                    rate: 1
                    duration: 1s
                    preAllocatedVUs: 5
                    maxVUs: 2
                """))
        #expect(error.keyPath == "scenarios.s.maxVUs")
        #expect(error.problem == "maxVUs (2) is less than preAllocatedVUs (5)")
    }

    @Test("shared-iterations refuses more VUs than iterations, like k6")
    func moreVUsThanIterations() throws {
        let error = try ReportedError.only(yaml("    executor: shared-iterations\n    vus: 5\n    iterations: 2"))
        #expect(error.keyPath == "scenarios.s.vus")
        #expect(error.problem == "vus (5) is greater than iterations (2)")
    }

    @Test("ramping-vus with no VUs at any point is an error")
    func rampWithoutVUs() throws {
        let error = try ReportedError.only(
            yaml("    executor: ramping-vus\n    startVUs: 0\n    stages: [{ duration: 5s, target: 0 }]"))
        #expect(error.problem == "no VUs at any point of the ramp")
    }

    @Test("startTime, gracefulStop and tags apply to every executor")
    func commonOptions() throws {
        let plan = try ScenarioFixtures.load(
            yaml(
                """
                    executor: per-vu-iterations
                    startTime: 1m30s
                    gracefulStop: 0s
                    tags: { team: checkout, tier: 2 }
                """)
        ).get()
        let scenario = try #require(plan.scenarios.first)
        #expect(scenario.startTime == .seconds(90))
        #expect(scenario.gracefulStop == .zero)
        #expect(scenario.tags == ["team": "checkout", "tier": "2"])
    }

    @Test("scenarios keep their file order")
    func scenarioOrder() throws {
        let plan = try ScenarioFixtures.load(
            """
            target: http://127.0.0.1:8080
            scenarios:
              zeta: { executor: per-vu-iterations, flow: [{ get: / }] }
              alpha: { executor: per-vu-iterations, flow: [{ get: / }] }
              mid: { executor: per-vu-iterations, flow: [{ get: / }] }
            """
        ).get()
        #expect(plan.scenarios.map(\.name) == ["zeta", "alpha", "mid"])
    }
}
