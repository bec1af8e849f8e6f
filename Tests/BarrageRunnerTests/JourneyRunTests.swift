import BarrageCore
import BarrageRunner
import BarrageTestServer
import Foundation
import Testing

extension LiveServerSuites {
    @Suite("journeys against a live server", .serialized)
    struct JourneyRunTests {
        /// A CSV file in a fresh temporary folder; returns its absolute path.
        private func csv(_ text: String) throws -> String {
            let path = NSTemporaryDirectory() + "barrage-journey-\(UUID().uuidString).csv"
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }

        @Test("unique allocation hands VU n row n-1, so no two VUs share a row")
        func uniqueRows() async throws {
            try await TestServer.withServer { server in
                let users = try csv("owner\n" + (1...5).map(String.init).joined(separator: "\n") + "\n")
                let summary = try await RunHarness.run(
                    #"""
                    target: ${TARGET}
                    data:
                      users: { file: \#(users), allocation: unique }
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 5
                        iterations: 3
                        flow:
                          - get: /echo?pair=${vu}-${users.owner}
                            check:
                              body: { matches: 'pair=(\d+)-\1"' }
                    """#, against: server)
                #expect(summary.checks.first?.passes == 15)
                #expect(summary.checks.first?.fails == 0)
            }
        }

        @Test("unique-iteration with onExhausted: stop runs one iteration per row, then stops")
        func uniqueIterationStops() async throws {
            try await TestServer.withServer { server in
                let rows = try csv("sku\nA\nB\nC\nD\nE\n")
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    data:
                      items: { file: \(rows), allocation: unique-iteration, onExhausted: stop }
                    scenarios:
                      s:
                        executor: shared-iterations
                        vus: 3
                        iterations: 20
                        flow:
                          - get: /header?name=X-Sku&value=${items.sku}
                    """, against: server)
                #expect(summary.counter("iterations") == 5)
                #expect(server.requestCount == 5)
            }
        }

        @Test("values captured by the setup reach every VU")
        func setupValuesReachEveryVU() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    setup:
                      - get: /json
                        capture: { token: $.token }
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 4
                        iterations: 2
                        flow:
                          - get: /header?name=X-Token&value=${token}
                            check:
                              headers: { X-Token: abc123 }
                    """, against: server)
                #expect(summary.checks.first?.passes == 8)
                #expect(summary.checks.first?.fails == 0)
                #expect(server.requestCount == 9)
            }
        }

        @Test("a setup captures a whole list larger than a load request's body limit; VUs draw from it")
        func setupCapturedListIsDrawnFrom() async throws {
            try await TestServer.withServer { server in
                // 2,000 products are about 190 KB: more than the 64 KiB a load request keeps, so the
                // setup keeps more, and every draw finds an element.
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    setup:
                      - get: /catalogue?n=2000
                        capture: { products: $.data }
                        check: { json: { $.total: 2000 } }
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 4
                        iterations: 25
                        flow:
                          - get: /header?name=X-Id&value=${products[random].id}
                            check:
                              headers: { X-Id: { contains: p } }
                    """, against: server)
                #expect(summary.run.exitCode == ExitCode.passed.rawValue)
                #expect(summary.checks.map(\.name).count == 2)
                #expect(summary.checks.allSatisfy { $0.fails == 0 })
                #expect(summary.checks.last?.passes == 100)
                #expect(server.requestCount == 101)
            }
        }

        @Test("a failing setup stops the run before any load")
        func failingSetup() async throws {
            try await TestServer.withServer { server in
                await #expect(throws: SetupFailure.self) {
                    try await RunHarness.run(
                        """
                        target: ${TARGET}
                        setup:
                          - post: /status/500
                        scenarios:
                          s:
                            executor: per-vu-iterations
                            vus: 2
                            iterations: 5
                            flow: [{ get: / }]
                        """, against: server)
                }
                #expect(server.requestCount == 1)
            }
        }

        @Test("with a fixed seed, weights are honoured within bounds and the choice repeats")
        func weightedFlows() async throws {
            try await TestServer.withServer { server in
                let yaml = """
                    target: ${TARGET}
                    scenarios:
                      shop:
                        executor: per-vu-iterations
                        vus: 2
                        iterations: 200
                        flows:
                          browse: { weight: 3, steps: [{ get: /, name: browse }] }
                          buy: { weight: 1, steps: [{ get: /, name: buy }] }
                    """
                func counts() async throws -> [String: Double] {
                    let summary = try await RunHarness.run(yaml, against: server, options: RunOptions(threads: 2, seed: 42))
                    return Dictionary(uniqueKeysWithValues: summary.metrics.requestNames.map { ($0.name, $0.requests.sum) })
                }
                let first = try await counts()
                let browse = first["browse"] ?? 0
                #expect(browse + (first["buy"] ?? 0) == 400)
                #expect((265...335).contains(browse), "browse \(browse) of 400, expected 300 ± 35 (4σ)")
                #expect(try await counts() == first)
            }
        }

        @Test("pace makes every iteration last at least its length")
        func pacing() async throws {
            try await TestServer.withServer { server in
                let started = ContinuousClock.now
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 1
                        iterations: 4
                        pace: 300ms
                        flow: [{ get: / }]
                    """, against: server)
                #expect(ContinuousClock.now - started >= .milliseconds(1200))
                #expect((summary.trend("iteration_duration")?.min ?? 0) >= 299)
                #expect(summary.checks.first { $0.name == "iteration within pace 300ms" }?.passes == 4)
            }
        }

        @Test("an iteration longer than its pace is counted as a failed pace check")
        func paceOverrun() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 1
                        iterations: 2
                        pace: 50ms
                        flow: [{ get: /delay?ms=120 }]
                    """, against: server)
                #expect(summary.checks.first { $0.name == "iteration within pace 50ms" }?.fails == 2)
            }
        }

        @Test("group durations nest, and requests carry the ::outer::inner group tag")
        func nestedGroups() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 1
                        iterations: 3
                        flow:
                          - group: outer
                            steps:
                              - get: /delay?ms=40
                              - group: inner
                                steps:
                                  - get: /delay?ms=60
                    thresholds:
                      'group_duration{group:"::outer"}': ["max<10000"]
                      'group_duration{group:"::outer::inner"}': ["max<10000"]
                      'http_req_duration{group:"::outer::inner"}': ["max<10000"]
                    """, against: server)
                func trend(_ metric: String, _ group: String) -> TrendAggregate? {
                    let selector = MetricSelector(metric: metric, filters: ["group": group])
                    if case .trend(let trend)? = summary.metrics.aggregate(for: selector) { return trend }
                    return nil
                }
                let outer = try #require(trend("group_duration", "::outer"))
                let inner = try #require(trend("group_duration", "::outer::inner"))
                #expect(outer.sampleCount == 3 && inner.sampleCount == 3)
                #expect(inner.min >= 60)
                #expect(outer.min >= 100)
                #expect(outer.min > inner.max - 20)
                #expect(trend("http_req_duration", "::outer::inner")?.sampleCount == 3)
            }
        }

        @Test("cookies set by a response are sent back on the next request of the iteration")
        func cookieJar() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 1
                        iterations: 2
                        flow:
                          - get: /header
                            query: { name: Set-Cookie, value: "sid=s${iteration}; Path=/" }
                          - get: /echo
                            check:
                              json: { $.headers: { contains: '["Cookie","sid=s' } }
                    """, against: server)
                #expect(summary.checks.first?.passes == 2)
            }
        }

        @Test("a capture that found nothing fails the iteration's remaining steps with a check, not a crash")
        func missingCapture() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 2
                        iterations: 3
                        flow:
                          - get: /json
                            capture: { productId: $.nope }
                          - get: /header?name=X-Id&value=${productId}
                          - get: /
                    """, against: server)
                #expect(summary.checks.first { $0.name == "${productId} has a value" }?.fails == 6)
                #expect(server.requestCount == 6)
                #expect(summary.counter("iterations") == 6)
            }
        }

        @Test("expect decides what counts in http_req_failed")
        func expectedStatuses() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      s:
                        executor: per-vu-iterations
                        vus: 1
                        iterations: 3
                        flow:
                          - get: /status/404
                            expect: [200-399, 404]
                    """, against: server)
                #expect(summary.rate("http_req_failed") == 0)
            }
        }
    }
}
