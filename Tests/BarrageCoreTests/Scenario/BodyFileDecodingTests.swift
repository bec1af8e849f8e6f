import BarrageCore
import Testing

@Suite("bodyFile: request bodies read from files at load time")
struct BodyFileDecodingTests {
    private let yaml = """
        target: http://127.0.0.1:8080
        scenarios:
          s:
            executor: constant-vus
            duration: 1s
            flow:
              - post: /upload
                bodyFile: payload.json
        """

    @Test("the file's bytes become the body, relative to the scenario file")
    func bytes() throws {
        let folder = try DataFolder(files: ["payload.json": #"{"a":1}"#])
        let plan = try ScenarioFixtures.load(yaml, file: folder.scenarioFile).get()
        guard case .request(let request) = plan.scenarios[0].flow[0], case .bytes(let body)? = request.body else {
            Issue.record("no file body")
            return
        }
        #expect(body == Array(#"{"a":1}"#.utf8))
    }

    @Test("a missing body file is an error at its path")
    func missing() throws {
        let folder = try DataFolder(files: [:])
        guard case .failure(let errors) = ScenarioFixtures.load(yaml, file: folder.scenarioFile),
            let error = errors.errors.first
        else {
            Issue.record("loaded")
            return
        }
        #expect(error.problem.hasPrefix("cannot read body file "))
        #expect((error.location?.line, error.location?.column) == (8, 19))
    }
}
