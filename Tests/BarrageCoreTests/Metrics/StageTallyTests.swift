import BarrageCore
import Foundation
import Testing

@Suite("Stage tallies")
struct StageTallyTests {
    private static let start = ContinuousClock.now

    private static func window(_ scenario: String, _ index: Int, from: Int, to: Int, rate: (Double, Double)? = nil) -> StageWindow {
        StageWindow(
            scenario: scenario, index: index, stageCount: 2, start: .seconds(from), end: .seconds(to),
            fromTarget: rate?.0 ?? 10, toTarget: rate?.1 ?? 10, unit: rate == nil ? "vus" : StageWindow.arrivalRateUnit
        )
    }

    private static func request(_ scenario: String, latency: Double, completedAt seconds: Double, failed: Bool = false) -> HTTPRequestSample {
        HTTPRequestSample(
            tags: ["scenario": scenario, "name": "r"], sending: 0, waiting: latency, receiving: 0, failed: failed,
            bytesSent: 1, bytesReceived: 1, completedAt: start + .milliseconds(Int64(seconds * 1000))
        )
    }

    @Test("a request counts for the stage it was sent in, not the one it finished in")
    func attributionBySendTime() {
        let collector = MetricsCollector(startedAt: Self.start)
        collector.trackStages([Self.window("a", 0, from: 0, to: 2), Self.window("a", 1, from: 2, to: 4)])
        collector.record(Self.request("a", latency: 500, completedAt: 2.2))  // sent at 1.7 s
        collector.record(Self.request("a", latency: 100, completedAt: 2.2))  // sent at 2.1 s
        collector.record(Self.request("a", latency: 300, completedAt: 4.5, failed: true))  // sent after the end: the tail
        let stages = collector.finalSnapshot(at: Self.start + .seconds(5)).stages
        #expect(stages.map(\.requests) == [1, 2])
        #expect(stages[0].latency.max == 500)
        #expect(stages[1].latency.min == 100 && stages[1].latency.max == 300)
        #expect(stages[1].failures == 1)
    }

    @Test("samples of another scenario, or of the setup, are not attributed to a scenario's stages")
    func otherScenarios() {
        let collector = MetricsCollector(startedAt: Self.start)
        collector.trackStages([Self.window("a", 0, from: 0, to: 2), Self.window("b", 0, from: 0, to: 2)])
        collector.record(Self.request("b", latency: 10, completedAt: 1))
        collector.record(Self.request("setup", latency: 10, completedAt: 1))
        let stages = collector.finalSnapshot(at: Self.start + .seconds(3)).stages
        #expect(stages.map(\.requests) == [0, 1])
    }

    @Test("iterations count where they actually started; the achieved rate ratio is the lowest stage's")
    func achievedRate() throws {
        let collector = MetricsCollector(tracking: [try MetricSelector(parsing: "achieved_rate_ratio{scenario:open}")], startedAt: Self.start)
        collector.trackStages([
            Self.window("open", 0, from: 0, to: 2, rate: (10, 10)),
            Self.window("open", 1, from: 2, to: 4, rate: (10, 30)),
        ])
        // 20 iterations due in stage 1 (10/s × 2 s), 40 in stage 2 (mean 20/s × 2 s).
        for index in 0..<20 {
            let intended = Double(index) * 0.1
            // Measured from the intended start; every tenth started 50 ms late.
            let lag = index.isMultiple(of: 10) ? 50.0 : 0
            collector.record(
                IterationSample(
                    tags: ["scenario": "open"], duration: 30 + lag, startLag: lag,
                    completedAt: Self.start + .milliseconds(Int64((intended * 1000) + 30 + lag))
                ))
        }
        for index in 0..<30 {
            let started = 2 + Double(index) * 0.06
            collector.record(
                IterationSample(
                    tags: ["scenario": "open"], duration: 20, startLag: 0,
                    completedAt: Self.start + .milliseconds(Int64(started * 1000 + 20))
                ))
        }
        collector.record(.droppedIterations, value: 10, tags: ["scenario": "open"], at: Self.start + .seconds(3))
        let snapshot = collector.finalSnapshot(at: Self.start + .seconds(5))
        #expect(snapshot.stages.map(\.iterationsStarted) == [20, 30])
        #expect(snapshot.stages.map(\.droppedIterations) == [0, 10])
        let gauge = try #require(snapshot.metrics["achieved_rate_ratio"]?.asGauge)
        #expect(gauge.last == 0.75)
        #expect(gauge.max == 1)
        let sub = try #require(snapshot.subMetrics[try MetricSelector(parsing: "achieved_rate_ratio{scenario:open}")]?.asGauge)
        #expect(sub.last == 0.75)
    }

    @Test("the achieved rate ratio is only known at the end, and absent without arrival-rate stages")
    func achievedRateOnlyAtEnd() {
        let collector = MetricsCollector(startedAt: Self.start)
        collector.trackStages([Self.window("open", 0, from: 0, to: 2, rate: (10, 10))])
        #expect(collector.snapshot(at: Self.start + .seconds(1)).metrics["achieved_rate_ratio"] == nil)
        #expect(collector.finalSnapshot(at: Self.start + .seconds(3)).metrics["achieved_rate_ratio"] != nil)
        let closed = MetricsCollector(startedAt: Self.start)
        closed.trackStages([Self.window("vus", 0, from: 0, to: 2)])
        #expect(closed.finalSnapshot(at: Self.start + .seconds(3)).metrics["achieved_rate_ratio"] == nil)
    }

    @Test("stage tallies survive a JSON round trip")
    func coding() throws {
        let collector = MetricsCollector(startedAt: Self.start)
        collector.trackStages([Self.window("a", 0, from: 0, to: 2)])
        collector.record(Self.request("a", latency: 42, completedAt: 1))
        let snapshot = collector.finalSnapshot(at: Self.start + .seconds(2))
        let decoded = try JSONDecoder().decode(MetricsSnapshot.self, from: JSONEncoder().encode(snapshot))
        #expect(decoded.stages == snapshot.stages)
    }
}
