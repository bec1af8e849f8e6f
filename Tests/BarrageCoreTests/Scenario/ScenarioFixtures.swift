import BarrageCore
import Testing

/// Scenario texts shared by the decoding and validation tests, plus a loader that turns errors into
/// a value the tests can inspect.
enum ScenarioFixtures {
    /// Every feature of the format once (the brief's reference example).
    static let fullExample = """
        name: smoke
        target: ${TARGET:-http://127.0.0.1:8080}
        allowedHosts: [example.internal]
        defaults:
          headers: { Accept: application/json }
          timeout: 10s
        scenarios:
          browse:
            executor: ramping-vus
            startVUs: 0
            stages: [{ duration: 10s, target: 5 }, { duration: 20s, target: 5 }]
            gracefulRampDown: 30s
            startTime: 0s
            gracefulStop: 30s
            tags: { kind: read }
            flow:
              - post: /api/v1/login
                name: login
                json: { email: "a@b.c", qty: 2, vip: true, note: null }
                capture:
                  token: $.token
                  firstId: { json: "$.items[0].id" }
                  etag: { header: ETag }
                  csrf: { regex: 'value="([^"]+)"' }
              - get: /api/v1/products
                name: list products
                query: { page: 1, q: "${firstId}" }
                headers: { Authorization: "Bearer ${token}" }
                timeout: 5s
                tags: { kind: read }
                check:
                  status: 200
                  body: "ok"
                  json:
                    $.count: 2
                    $.token: { exists: true }
                    $.items[0].id: { gt: 0 }
                  headers: { Content-Type: { contains: json } }
                  duration: { lt: 500ms }
              - think: 1s..3s
        thresholds:
          http_req_duration: ["p(95)<500"]
          "http_req_duration{name:list products}":
            - { threshold: "p(99)<800", abortOnFail: true, delayAbortEval: 10s }
          http_req_failed: "rate<0.01"
        """

    /// A minimal valid file; `scenario` is spliced in as the body of scenario `s`.
    static func minimal(scenario: String, target: String = "http://127.0.0.1:8080") -> String {
        """
        target: \(target)
        scenarios:
          s:
        \(scenario)
        """
    }

    /// A constant-vus scenario body with the given flow lines (indented for `minimal`).
    static func constantVUs(flow: String) -> String {
        """
            executor: constant-vus
            duration: 10s
            flow:
        \(flow)
        """
    }

    static func load(
        _ yaml: String, file: String = "test.yaml", environment: [String: String] = [:],
        extraAllowedHosts: [String] = []
    )
        -> Result<TestPlan, ScenarioErrors>
    {
        Result { () throws(ScenarioErrors) in
            try TestPlanLoader.parse(
                yaml: yaml, file: file, environment: environment, extraAllowedHosts: extraAllowedHosts)
        }
    }

    /// The errors of a file expected to be invalid (empty when it unexpectedly loads).
    static func errors(
        _ yaml: String, environment: [String: String] = [:], extraAllowedHosts: [String] = []
    ) -> [ScenarioError] {
        switch load(yaml, environment: environment, extraAllowedHosts: extraAllowedHosts) {
        case .success: []
        case .failure(let errors): errors.errors
        }
    }
}

/// The one error a broken file is expected to produce, with its location split out for `#expect`.
struct ReportedError {
    let line: Int
    let column: Int
    let keyPath: String
    let problem: String
    let expected: String?

    init(_ error: ScenarioError) {
        line = error.location?.line ?? 0
        column = error.location?.column ?? 0
        keyPath = error.keyPath
        problem = error.problem
        expected = error.expected
    }

    /// The single error of `yaml`; records an issue when there is not exactly one.
    static func only(
        _ yaml: String, environment: [String: String] = [:], extraAllowedHosts: [String] = [],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> ReportedError {
        let errors = ScenarioFixtures.errors(yaml, environment: environment, extraAllowedHosts: extraAllowedHosts)
        #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
        return ReportedError(try #require(errors.first, sourceLocation: sourceLocation))
    }
}
