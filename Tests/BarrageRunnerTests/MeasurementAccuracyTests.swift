import BarrageCore
import BarrageRunner
import BarrageTestServer
import TestSupport
import Testing

extension LiveServerSuites {
    @Suite("measurements against a server of known behaviour", .serialized)
    struct MeasurementAccuracyTests {
        @Test("latency percentiles match a fixed server delay within HDR precision")
        func fixedDelay() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      fixed:
                        executor: constant-vus
                        vus: 4
                        duration: 2s
                        flow:
                          - get: /delay?ms=50
                    """, against: server)
                let duration = try #require(summary.trend("http_req_duration"))
                // Every request waits 50 ms on the server; loopback adds well under 5 ms.
                let p50 = try #require(duration.percentile(50))
                let p90 = try #require(duration.percentile(90))
                #expect(p50 >= 49.9 && p50 < 55, "p50 \(p50)")
                // The upper tail carries scheduling noise of a busy 2-core machine; p90 stays close.
                #expect(p90 >= 49.9 && p90 < 80, "p90 \(p90)")
                #expect(duration.min >= 49.9)
                #expect(summary.rate("http_req_failed") == 0)
                // 4 VUs × ~2 s / ~50 ms ≈ 160 requests, and the server saw each of them exactly once.
                let requests = summary.counter("http_reqs")
                #expect(requests > 120 && requests <= 168, "http_reqs \(requests)")
                #expect(Int(requests) == server.requestCount)
            }
        }

        @Test("failure rate counts non-2xx/3xx statuses exactly")
        func statusFailures() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      mixed:
                        executor: per-vu-iterations
                        vus: 2
                        iterations: 25
                        flow:
                          - get: /status/200
                          - get: /status/503
                          - get: /status/404
                          - get: /status/302
                    thresholds:
                      http_req_failed: ["rate<0.01"]
                    """, against: server)
                #expect(summary.counter("http_reqs") == 200)
                #expect(summary.counter("iterations") == 50)
                // 503 and 404 fail; 200 and 302 do not.
                #expect(summary.rate("http_req_failed") == 0.5)
                #expect(summary.run.exitCode == ExitCode.thresholdsFailed.rawValue)
                #expect(summary.thresholds.first?.passed == false)
                #expect(summary.thresholds.first?.observed == 0.5)
            }
        }

        @Test("a target that is down fails every request and the run, never an empty pass")
        func targetDown() async throws {
            let port = FreePort.next()
            let validated = try ValidatedPlan.parse(
                yaml: """
                    target: http://127.0.0.1:\(port)
                    scenarios:
                      down:
                        executor: shared-iterations
                        vus: 2
                        iterations: 20
                        flow:
                          - get: /
                            check: { status: 200 }
                    thresholds:
                      http_req_duration: ["p(95)<500"]
                    """, file: "down.yaml", environment: [:])
            let summary = try await TestRun(plan: validated.plan, thresholds: validated.thresholds, options: RunOptions(threads: 2)).run()
            #expect(summary.counter("http_reqs") == 20)
            #expect(summary.rate("http_req_failed") == 1)
            #expect(summary.checks.first?.fails == 20)
            #expect(summary.run.exitCode == ExitCode.thresholdsFailed.rawValue)
            #expect(summary.errorSamples.first?.errorCategory == "connectionRefused")
        }

        @Test("dropped connections are failed requests with a category")
        func droppedConnections() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      drops:
                        executor: per-vu-iterations
                        vus: 1
                        iterations: 10
                        flow:
                          - post: /drop
                          - get: /
                    """, against: server)
                #expect(summary.counter("http_reqs") == 20)
                #expect(summary.rate("http_req_failed") == 0.5)
                #expect(summary.errorSamples.contains { $0.errorCategory == "connectionReset" })
            }
        }

        @Test("under an arrival rate, a server stall shows in p99 and max")
        func stallShowsUnderArrivalRate() async throws {
            try await TestServer.withServer { server in
                Task {
                    try await Task.sleep(for: .seconds(1))
                    server.stall(for: .milliseconds(1500))
                }
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      open:
                        executor: constant-arrival-rate
                        rate: 50
                        timeUnit: 1s
                        duration: 4s
                        preAllocatedVUs: 10
                        maxVUs: 200
                        flow:
                          - get: /
                    """, against: server)
                let duration = try #require(summary.trend("http_req_duration"))
                // Requests sent at the start of the stall wait all of it: max ≈ 1.5 s. About 75 of the
                // 200 requests fall inside the stall, so p99 is deep in it.
                #expect(duration.max >= 1400 && duration.max < 2000, "max \(duration.max)")
                #expect(try #require(duration.percentile(99)) >= 1000)
                #expect(try #require(duration.percentile(50)) < 1000)
                #expect(summary.counter("http_reqs") == 200)
                #expect(summary.counter("dropped_iterations") == 0)
            }
        }

        @Test("when maxVUs are all busy, starts are dropped and counted")
        func droppedIterations() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      open:
                        executor: constant-arrival-rate
                        rate: 40
                        duration: 2s
                        preAllocatedVUs: 2
                        maxVUs: 4
                        gracefulStop: 2s
                        flow:
                          - get: /delay?ms=500
                    """, against: server)
                // 4 VUs each finish an iteration every 500 ms: 16 iterations run over the 2 s, of 80 due.
                let iterations = summary.counter("iterations")
                let dropped = summary.counter("dropped_iterations")
                #expect(iterations + dropped == 80)
                #expect(iterations >= 12 && iterations <= 20, "iterations \(iterations)")
                #expect(summary.run.exitCode == ExitCode.passed.rawValue)
            }
        }
    }
}
