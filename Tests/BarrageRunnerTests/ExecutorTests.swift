import BarrageCore
import BarrageRunner
import BarrageTestServer
import Testing

extension LiveServerSuites {
    @Suite("executors against a live server", .serialized)
    struct ExecutorTests {
        @Test("shared-iterations runs exactly the iterations asked for, across VUs")
        func sharedIterations() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      shared:
                        executor: shared-iterations
                        vus: 5
                        iterations: 37
                        flow:
                          - get: /
                    """, against: server)
                #expect(summary.counter("iterations") == 37)
                #expect(server.requestCount == 37)
                #expect(summary.metrics.metrics["vus_max"] != nil)
            }
        }

        @Test("per-vu-iterations runs iterations × VUs")
        func perVUIterations() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      each:
                        executor: per-vu-iterations
                        vus: 3
                        iterations: 7
                        flow:
                          - get: /json
                            capture:
                              token: $.token
                          - get: /header?name=X-Token&value=${token}
                            check:
                              status: 200
                              headers: { X-Token: abc123 }
                    """, against: server)
                #expect(summary.counter("iterations") == 21)
                #expect(summary.counter("http_reqs") == 42)
                #expect(summary.checks.first?.passes == 21)
                #expect(summary.checks.first?.fails == 0)
            }
        }

        @Test("ramping-vus follows its stages and ends with its schedule")
        func rampingVUs() async throws {
            try await TestServer.withServer { server in
                let clock = ContinuousClock()
                let started = clock.now
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      ramp:
                        executor: ramping-vus
                        startVUs: 0
                        stages:
                          - { duration: 1s, target: 6 }
                          - { duration: 1s, target: 6 }
                          - { duration: 1s, target: 0 }
                        gracefulRampDown: 1s
                        flow:
                          - get: /delay?ms=20
                    """, against: server)
                let elapsed = clock.now - started
                #expect(elapsed >= .seconds(3) && elapsed < .seconds(5), "elapsed \(elapsed)")
                guard case .gauge(let vusMax) = summary.metrics.metrics["vus_max"] else {
                    Issue.record("vus_max missing")
                    return
                }
                #expect(vusMax.max == 6)
                // Average VUs over the 3 s is 4 (a triangle-topped trapezoid); each does ~45 req/s.
                let requests = summary.counter("http_reqs")
                #expect(requests > 350 && requests < 650, "http_reqs \(requests)")
            }
        }

        @Test("ramping-arrival-rate starts the schedule's iterations")
        func rampingArrivalRate() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      ramp:
                        executor: ramping-arrival-rate
                        startRate: 0
                        timeUnit: 1s
                        preAllocatedVUs: 5
                        maxVUs: 20
                        stages:
                          - { duration: 2s, target: 50 }
                          - { duration: 1s, target: 50 }
                        flow:
                          - get: /
                    """, against: server)
                // ∫ rate = 50·2/2 + 50·1 = 100 iterations.
                #expect(summary.counter("iterations") == 100)
                #expect(summary.counter("dropped_iterations") == 0)
                let lag = try #require(summary.trend("iteration_start_lag"))
                #expect(lag.sampleCount == 100)
                #expect(try #require(lag.percentile(95)) < 50)
            }
        }

        @Test("on several event loops the schedule's iterations all start, each exactly once")
        func arrivalRateOnSeveralLoops() async throws {
            try await TestServer.withServer { server in
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      open:
                        executor: constant-arrival-rate
                        rate: 200
                        timeUnit: 1s
                        duration: 2s
                        preAllocatedVUs: 20
                        maxVUs: 100
                        flow:
                          - get: /
                    """, against: server, options: RunOptions(threads: 4))
                #expect(summary.counter("iterations") == 400)
                #expect(summary.counter("dropped_iterations") == 0)
                #expect(server.requestCount == 400)
                #expect(try #require(summary.trend("iteration_start_lag")).sampleCount == 400)
            }
        }

        @Test("a loop without an idle VU hands its start to a loop that has one, rather than dropping it")
        func arrivalStartsMoveBetweenLoops() async throws {
            try await TestServer.withServer { server in
                // One VU in all, on one of four loops; three quarters of the starts fall due on the
                // other loops. Each request takes about a millisecond and starts are 100 ms apart, so
                // the VU is idle at nearly every start: handed over, they run; dropped, at most 5 would.
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      open:
                        executor: constant-arrival-rate
                        rate: 10
                        timeUnit: 1s
                        duration: 2s
                        preAllocatedVUs: 1
                        maxVUs: 1
                        flow:
                          - get: /
                    """, against: server, options: RunOptions(threads: 4))
                let iterations = summary.counter("iterations")
                #expect(iterations + summary.counter("dropped_iterations") == 20)
                #expect(iterations >= 15, "iterations \(iterations)")
                guard case .gauge(let vusMax) = summary.metrics.metrics["vus_max"] else {
                    Issue.record("vus_max missing")
                    return
                }
                #expect(vusMax.max == 1)
            }
        }

        @Test("scenarios run side by side, each from its startTime")
        func scenariosSideBySide() async throws {
            try await TestServer.withServer { server in
                let clock = ContinuousClock()
                let started = clock.now
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      first:
                        executor: shared-iterations
                        vus: 1
                        iterations: 3
                        flow:
                          - get: /
                      later:
                        executor: per-vu-iterations
                        startTime: 1s
                        vus: 1
                        iterations: 2
                        tags: { team: checkout }
                        flow:
                          - get: /
                            name: later-root
                    thresholds:
                      "http_reqs{scenario:later}": ["count==2"]
                      "http_req_duration{team:checkout}": ["max<1000"]
                    """, against: server)
                #expect(clock.now - started >= .seconds(1))
                #expect(summary.counter("http_reqs") == 5)
                #expect(summary.thresholdsPassed, "\(summary.thresholds)")
                #expect(summary.metrics.requestNames.contains { $0.name == "later-root" })
            }
        }

        @Test("an abortOnFail threshold stops the run early and fails it")
        func abortOnFail() async throws {
            try await TestServer.withServer { server in
                let clock = ContinuousClock()
                let started = clock.now
                let summary = try await RunHarness.run(
                    """
                    target: ${TARGET}
                    scenarios:
                      failing:
                        executor: constant-vus
                        vus: 2
                        duration: 30s
                        gracefulStop: 1s
                        flow:
                          - get: /status/500
                          - think: 50ms
                    thresholds:
                      http_req_failed:
                        - { threshold: "rate<0.5", abortOnFail: true, delayAbortEval: 1s }
                    """, against: server)
                #expect(clock.now - started < .seconds(8))
                #expect(summary.run.abortedByThreshold)
                #expect(summary.run.exitCode == ExitCode.thresholdsFailed.rawValue)
            }
        }
    }
}
