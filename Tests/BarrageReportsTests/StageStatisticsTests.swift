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

    @Test("error rate, VUs and latency come from the stage's own tally and seconds")
    func stageFigures() throws {
        let last = try #require(StageStatistics.all(in: RunFixture().summary()).last)
        #expect(last.errorRate == 0.1)
        #expect(last.maxVUs == 40)
        let p95 = try #require(last.latency?.percentile(95))
        #expect(p95 > 900 && p95 < 1_000)
    }

    @Test("a stage's percentiles are its own histogram's, not averages of per-second percentiles")
    func exactPercentiles() throws {
        let summary = RunFixture().summary()
        let stages = StageStatistics.all(in: summary)
        for (stage, tally) in zip(stages, summary.metrics.stages) {
            #expect(stage.latency == tally.latency)
        }
        // One stage holding the whole run has exactly the run's percentiles.
        var single = RunFixture()
        single.stages = [RunFixture.StagePlan(vus: 10, requestsPerSecond: 50, latency: 80, failuresPerSecond: 0)]
        let whole = single.summary()
        let stage = try #require(StageStatistics.all(in: whole).first?.latency)
        let run = try #require(whole.metrics.metrics["http_req_duration"]?.asTrend)
        #expect(stage.histogram == run.histogram)
        #expect(stage.percentile(99) == run.percentile(99))
    }

    @Test("a summary without stage tallies (schema 1) shows no stage percentiles rather than estimates")
    func noTallies() {
        var summary = RunFixture().summary()
        summary.metrics.stages = []
        #expect(StageStatistics.all(in: summary).allSatisfy { $0.latency == nil })
    }

    @Test("offered load is the mean of a ramp's ends")
    func offeredLoad() {
        let stages = StageStatistics.all(in: RunFixture().summary())
        #expect(stages.map(\.offeredLoad) == [10, 15, 30])
    }
}
