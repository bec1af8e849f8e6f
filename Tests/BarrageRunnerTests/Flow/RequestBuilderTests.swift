import BarrageCore
import BarrageHTTP
import Testing

@testable import BarrageRunner

@Suite("building requests from steps")
struct RequestBuilderTests {
    let plan = try! ValidatedPlan.parse(
        yaml: """
            target: http://127.0.0.1:8080/base
            defaults:
              headers: { Accept: application/json, X-Team: default }
              timeout: 3s
            scenarios:
              s:
                executor: per-vu-iterations
                flow:
                  - get: /login
                    capture: { token: $.token, name: $.name }
                  - post: /items
                    query: { q: "a b&c", page: 2 }
                    headers: { X-Team: checkout, Authorization: "Bearer ${token}" }
                    json: { name: "${name}", count: 3 }
                    timeout: 1s
                  - get: http://localhost:9000/other?x=1
                    query: { y: "é" }
            """, file: "b.yaml", environment: [:]
    ).plan

    var builder: RequestBuilder { RequestBuilder(plan: plan, maxBodyBytes: 1024, userAgent: "barrage/test") }

    func step(_ index: Int) -> RequestStep {
        guard case .request(let step) = plan.scenarios[0].flow[index] else { fatalError("not a request") }
        return step
    }

    @Test("path, query, headers and JSON body are rendered with the variables")
    func rendersEverything() throws {
        let variables = ["token": "t0k", "name": "Ada \"L\""]
        let built = try builder.build(step(1), variables: { variables[$0] }).get()
        #expect(built.endpoint == HTTPEndpoint(scheme: .http, host: "127.0.0.1", port: 8080))
        #expect(built.request.method == "POST")
        #expect(built.request.target == "/base/items?q=a%20b%26c&page=2")
        let headers = Dictionary(built.request.headers.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        #expect(headers["X-Team"] == "checkout")
        #expect(headers["Accept"] == "application/json")
        #expect(headers["Authorization"] == "Bearer t0k")
        #expect(headers["Content-Type"] == "application/json")
        #expect(headers["User-Agent"] == "barrage/test")
        #expect(built.request.headers.filter { $0.name == "X-Team" }.count == 1)
        let body = try JSONValue(jsonBytes: try #require(built.request.body))
        #expect(body == .object(["name": .string("Ada \"L\""), "count": .number(3)]))
        #expect(built.request.timeout == .seconds(1))
        #expect(built.request.maxBodyBytes == 1024)
    }

    @Test("an absolute URL picks its own endpoint and keeps its query")
    func absoluteURL() throws {
        let built = try builder.build(step(2), variables: { _ in nil }).get()
        #expect(built.endpoint == HTTPEndpoint(scheme: .http, host: "localhost", port: 9000))
        #expect(built.request.target == "/other?x=1&y=%C3%A9")
        #expect(built.request.timeout == .seconds(3))
    }

    @Test("a variable without a value fails the build with its name")
    func unresolved() {
        let result = builder.build(step(1), variables: { $0 == "token" ? "x" : nil })
        #expect(throws: RequestBuilder.Failure.unresolved(UnresolvedVariable(name: "name"))) { try result.get() }
    }

    @Test("a URL assembled at run time may not leave the allowed hosts")
    func disallowedHost() throws {
        let plan = try ValidatedPlan.parse(
            yaml: """
                target: http://127.0.0.1:8080
                scenarios:
                  s:
                    executor: per-vu-iterations
                    flow:
                      - get: /next
                        capture: { next: $.next }
                      - get: ${next}
                """, file: "h.yaml", environment: [:]
        ).plan
        guard case .request(let follow) = plan.scenarios[0].flow[1] else { fatalError("not a request") }
        let builder = RequestBuilder(plan: plan, maxBodyBytes: 0, userAgent: "t")
        let outside = builder.build(follow, variables: { _ in "http://example.com/x" })
        #expect(throws: RequestBuilder.Failure.disallowedHost("example.com")) { try outside.get() }
        let inside = try builder.build(follow, variables: { _ in "http://127.0.0.2:81/x" }).get()
        #expect(inside.endpoint.host == "127.0.0.2")
    }

    @Test("only a request that nothing varies in shares one encoding, and adding a header unshares it")
    func reuseKeys() throws {
        let prepared = builder.prepare(step(0))
        let key = try #require(prepared.reuseKey)
        var scope = LookupScope(values: { _ in nil })
        var first = try builder.build(prepared, scope: &scope).get().request
        let second = try builder.build(prepared, scope: &scope).get().request
        #expect(first.reuseKey === key && second.reuseKey === key)
        #expect(builder.prepare(step(0)).reuseKey !== key)
        #expect(builder.prepare(step(1)).reuseKey == nil)
        #expect(builder.prepare(step(2)).reuseKey != nil)

        first.headers.append(("Cookie", "session=1"))
        #expect(first.reuseKey == nil)
    }
}
