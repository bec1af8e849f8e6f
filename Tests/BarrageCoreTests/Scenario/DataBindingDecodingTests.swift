import BarrageCore
import Testing

@Suite("data: bindings in scenario files")
struct DataBindingDecodingTests {
    private let users = "email,password\na@x.test,pw1\nb@x.test,pw2\n"

    private func load(_ yaml: String, files: [String: String]) throws -> Result<TestPlan, ScenarioErrors> {
        let folder = try DataFolder(files: files)
        return ScenarioFixtures.load(yaml, file: folder.scenarioFile)
    }

    @Test("a CSV binding resolves relative to the scenario file and its columns become variables")
    func relativeCSV() throws {
        let plan = try load(
            """
            target: http://127.0.0.1:8080
            data:
              users: { file: users.csv, allocation: random }
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - post: /login
                    json: { email: "${users.email}", password: "${users.password}" }
            """, files: ["users.csv": users]
        ).get()
        #expect(plan.data.map(\.name) == ["users"])
        #expect(plan.data.first?.table.rowCount == 2)
        #expect(plan.data.first?.allocation == .random)
    }

    @Test("unique-iteration takes its onExhausted policy")
    func exhaustionPolicy() throws {
        let plan = try load(
            """
            target: http://127.0.0.1:8080
            data:
              items: { file: items.json, allocation: unique-iteration, onExhausted: recycle }
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow: [{ get: "/items/${items.sku}" }]
            """, files: ["items.json": #"[{"sku":"A"},{"sku":"B"}]"#]
        ).get()
        #expect(plan.data.first?.allocation == .uniqueIteration(onExhausted: .recycle))
    }

    @Test("a missing data file is an error at its path, with line and column")
    func missingFile() throws {
        let result = try load(
            """
            target: http://127.0.0.1:8080
            data:
              users: missing.csv
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow: [{ get: / }]
            """, files: [:])
        guard case .failure(let errors) = result, let error = errors.errors.first else {
            Issue.record("loaded")
            return
        }
        #expect((error.location?.line, error.location?.column) == (3, 10))
        #expect(error.problem.hasPrefix("cannot read data file "))
        #expect(error.keyPath == "data.users")
    }

    @Test("an empty data file is an error")
    func emptyFile() throws {
        let result = try load(
            """
            target: http://127.0.0.1:8080
            data:
              users: { file: users.csv }
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow: [{ get: / }]
            """, files: ["users.csv": ""])
        guard case .failure(let errors) = result, let error = errors.errors.first else {
            Issue.record("loaded")
            return
        }
        #expect(error.problem == "data file users.csv: the file is empty")
        #expect((error.location?.line, error.location?.column) == (3, 18))
    }

    @Test("a reference to an unknown column is an error at the reference")
    func unknownColumn() throws {
        let result = try load(
            """
            target: http://127.0.0.1:8080
            data:
              users: users.csv
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow:
                  - get: /u?who=${users.mail}
            """, files: ["users.csv": users])
        guard case .failure(let errors) = result, let error = errors.errors.first else {
            Issue.record("loaded")
            return
        }
        #expect(error.problem == #"unknown column "mail" of data users"#)
        #expect((error.location?.line, error.location?.column) == (9, 23))
    }

    @Test("unique allocation with fewer rows than the run's VUs is refused")
    func uniqueNeedsARowPerVU() throws {
        let result = try load(
            """
            target: http://127.0.0.1:8080
            data:
              users: { file: users.csv, allocation: unique }
            scenarios:
              s:
                executor: constant-vus
                vus: 3
                duration: 1s
                flow: [{ get: "/u/${users.email}" }]
            """, files: ["users.csv": users])
        guard case .failure(let errors) = result, let error = errors.errors.first else {
            Issue.record("loaded")
            return
        }
        #expect(error.problem == "data users has 2 rows but the run can have 3 VUs")
        #expect((error.location?.line, error.location?.column) == (3, 3))
    }

    @Test("an unknown allocation suggests the closest")
    func unknownAllocation() throws {
        let result = try load(
            """
            target: http://127.0.0.1:8080
            data:
              users: { file: users.csv, allocation: uniqe }
            scenarios:
              s:
                executor: constant-vus
                duration: 1s
                flow: [{ get: / }]
            """, files: ["users.csv": users])
        guard case .failure(let errors) = result else {
            Issue.record("loaded")
            return
        }
        #expect(errors.errors.first?.problem == #"unknown allocation "uniqe" (did you mean "unique"?)"#)
    }
}
