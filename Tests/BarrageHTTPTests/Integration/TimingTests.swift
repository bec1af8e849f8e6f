import BarrageHTTP
import Testing

@Suite("Timing phases")
struct TimingTests {
    @Test("a server delay shows up in waiting, within a few ms")
    func delayIsWaiting() async throws {
        try await Harness.run { harness in
            _ = await harness.get("/")
            let result = await harness.get("/delay?ms=100")
            #expect(result.status == 200)
            #expect(result.timings.waiting.milliseconds >= 100)
            #expect(result.timings.waiting.milliseconds < 140)
            #expect(result.timings.receiving.milliseconds < 5)
        }
    }

    @Test("a body sent late shows up in receiving")
    func slowBodyIsReceiving() async throws {
        try await Harness.run { harness in
            let result = await harness.get("/slow-body?ms=200")
            #expect(result.text == "slow body")
            #expect(result.timings.receiving.milliseconds >= 150)
            #expect(result.timings.waiting.milliseconds < 50)
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
