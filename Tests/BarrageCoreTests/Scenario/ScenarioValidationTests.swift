import BarrageCore
import Testing

@Suite("Scenario validation: file structure")
struct ScenarioValidationTests {
    @Test("a YAML syntax error carries libYAML's line and column")
    func yamlSyntax() throws {
        let error = try ReportedError.only(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s: [unclosed
            """)
        #expect((error.line, error.column) == (4, 1))
        #expect(error.keyPath == "")
        #expect(error.problem.hasPrefix("YAML syntax error"))
        #expect(error.problem.contains("flow sequence (started at line 3)"))
    }

    @Test("a duplicate key is a syntax error")
    func duplicateKey() throws {
        let error = try ReportedError.only(
            """
            target: http://127.0.0.1:8080
            target: http://127.0.0.1:9090
            scenarios: {}
            """)
        #expect(error.problem == #"duplicate key "target" in a mapping"#)
    }

    @Test("an unknown key suggests the closest allowed key and lists them all")
    func unknownKeySuggestion() throws {
        let error = try ReportedError.only(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 10s
                gracefullStop: 5s
                flow: [{ get: / }]
            """)
        #expect((error.line, error.column) == (6, 5))
        #expect(error.keyPath == "scenarios.s.gracefullStop")
        #expect(error.problem == #"unknown key "gracefullStop" (did you mean "gracefulStop"?)"#)
        #expect(error.expected == "one of executor, startTime, gracefulStop, tags, flow, flows, pace, vus or duration")
    }

    @Test("a transposition counts as one typo")
    func transpositionSuggestion() throws {
        let errors = ScenarioFixtures.errors(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: ramping-vus
                stagse: [{ duration: 1s, target: 1 }]
                flow: [{ get: / }]
            """)
        let unknown = try #require(errors.first { $0.keyPath == "scenarios.s.stagse" })
        #expect(unknown.problem == #"unknown key "stagse" (did you mean "stages"?)"#)
    }

    @Test("a missing required key is reported at its mapping")
    func missingKey() throws {
        let error = try ReportedError.only(
            """
            name: x
            scenarios:
              s:
                executor: constant-vus
                duration: 10s
                flow: [{ get: / }]
            """)
        #expect((error.line, error.column) == (1, 1))
        #expect(error.keyPath == "target")
        #expect(error.problem == #"missing required key "target""#)
    }

    @Test("a value of the wrong type names what was found and what was expected")
    func wrongType() throws {
        let error = try ReportedError.only(
            """
            target: http://127.0.0.1:8080
            scenarios:
              - s
            """)
        #expect((error.line, error.column) == (3, 3))
        #expect(error.problem == "found a list")
        #expect(error.expected == "a mapping of scenario names to scenarios")
    }

    @Test("every error is reported at once, sorted by line")
    func allErrorsAtOnce() {
        let errors = ScenarioFixtures.errors(
            """
            target: http://127.0.0.1:8080
            scenarios:
              s:
                executor: constant-vus
                duration: 5x
                flow:
                  - get: /${missing}
                    timeout: soon
            thresholds: 5
            """)
        #expect(errors.map { $0.location?.line ?? 0 } == [5, 7, 8, 9])
        #expect(
            errors.map(\.keyPath) == [
                "scenarios.s.duration", "scenarios.s.flow[0].get", "scenarios.s.flow[0].timeout", "thresholds",
            ])
    }

    @Test("the description reads file:line:column: key path: problem; expected …")
    func description() throws {
        let errors = ScenarioFixtures.errors(
            """
            target: http://127.0.0.1:8080
            scenarios:
              browse:
                executor: ramping-vus
                stages:
                  - { duration: 10s, target: 1 }
                  - { duration: 5x, target: 1 }
                flow: [{ get: / }]
            """)
        #expect(
            errors.map(\.description) == [
                #"test.yaml:7:21: scenarios.browse.stages[1].duration: invalid duration "5x"; expected a duration such as 500ms, 30s, 2m or 1h30m"#
            ])
    }

    @Test("an empty file is an error at its start")
    func emptyFile() throws {
        let error = try ReportedError.only("# nothing here\n")
        #expect((error.line, error.column) == (1, 1))
        #expect(error.problem == "the file is empty")
    }

    @Test("a file that cannot be read is an error without a location")
    func unreadableFile() {
        #expect {
            try TestPlanLoader.load(path: "/nonexistent/barrage/missing.yaml", environment: [:])
        } throws: { error in
            guard let errors = error as? ScenarioErrors, let first = errors.errors.first else { return false }
            return errors.errors.count == 1 && first.location == nil && first.keyPath == ""
                && first.problem.hasPrefix("cannot read scenario file /nonexistent/barrage/missing.yaml")
        }
    }
}
