import BarrageHTTP
import Testing

@Suite("Timing phases")
struct TimingTests {
    /// The server's 100 ms is in waiting and not in receiving. The bounds are the server's own delay and
    /// the other phase, not a busy machine's scheduling: how close waiting comes to 100 ms is measured
    /// statistically by `MeasurementAccuracyTests`.
    @Test("a server delay shows up in waiting, not in receiving")
    func delayIsWaiting() async throws {
        try await Harness.run { harness in
            _ = await harness.get("/")
            let result = await harness.get("/delay?ms=100")
            #expect(result.status == 200)
            #expect(result.timings.waiting.milliseconds >= 100)
            #expect(result.timings.receiving < result.timings.waiting)
            #expect(result.timings.waiting.milliseconds < 1000)
        }
    }

    /// The head comes at once and the body 200 ms later: the delay is in receiving, not in waiting.
    @Test("a body sent late shows up in receiving, not in waiting")
    func slowBodyIsReceiving() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/slow-body?ms=200")
            #expect(result.text == "slow body")
            #expect(result.timings.receiving.milliseconds >= 150)
            #expect(result.timings.waiting < result.timings.receiving)
        }
    }

    @Test("a stalled server holds responses until the stall ends")
    func stall() async throws {
        try await Harness.run { harness in
            _ = await harness.get("/")
            harness.server.stall(for: .milliseconds(150))
            let result = await harness.get("/")
            #expect(result.timings.waiting.milliseconds >= 120)
            #expect(harness.server.requestCount == 2)
        }
    }
}
