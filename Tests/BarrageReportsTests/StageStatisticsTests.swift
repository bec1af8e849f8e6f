import BarrageCore
import BarrageReports
import Testing

@Suite("Per-stage statistics")
struct StageStatisticsTests {
    @Test("each stage takes the seconds inside its window")
    func secondsPerStage() {
        let stages = StageStatistics.all(in: RunFixture().summary())
        #expect(stages.map(\.seconds) == [4, 4, 4])
        #expect(stages.map(\.requests) == [80, 160, 240])
        #expect(stages.map(\.requestsPerSecond) == [20, 40, 60])
    }

    @Test("error rate, VUs and latency come from the stage's own seconds")
    func stageFigures() throws {
        let last = try #require(StageStatistics.all(in: RunFixture().summary()).last)
        #expect(last.errorRate == 0.1)
        #expect(last.maxVUs == 40)
        let p95 = try #require(last.latency?.p95)
        #expect(p95 > 900 && p95 < 1_000)
    }

    @Test("offered load is the mean of a ramp's ends")
    func offeredLoad() {
        let stages = StageStatistics.all(in: RunFixture().summary())
        #expect(stages.map(\.offeredLoad) == [10, 15, 30])
    }
}
