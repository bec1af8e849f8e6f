import BarrageCore
import Testing

@testable import BarrageRunner

@Suite("form and file bodies")
struct FormBodyTests {
    @Test("form fields are percent-encoded with their content type")
    func form() throws {
        let plan = try ValidatedPlan.parse(
            yaml: """
                target: http://127.0.0.1:8080
                scenarios:
                  s:
                    executor: per-vu-iterations
                    vus: 1
                    iterations: 1
                    flow:
                      - post: /login
                        form: { user: "a b&c", n: "${vu}" }
                """, file: "form.yaml", environment: [:]
        ).plan
        guard case .request(let step) = plan.scenarios[0].flow[0] else { fatalError("not a request") }
        let builder = RequestBuilder(plan: plan, maxBodyBytes: 1024, userAgent: "test")
        let built = try builder.build(step, variables: { $0 == "vu" ? "7" : nil }).get()
        #expect(built.request.body == Array("user=a%20b%26c&n=7".utf8))
        #expect(
            built.request.headers.contains {
                $0.name == "Content-Type" && $0.value == "application/x-www-form-urlencoded"
            })
    }
}
