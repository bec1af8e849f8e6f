import BarrageCore
import Testing

@testable import BarrageReports

@Suite("Capacity analysis")
struct CapacityAnalysisTests {
    @Test("names the highest stage at which every threshold held and the stage that broke")
    func sustainedAndBreaking() throws {
        let analysis = try #require(CapacityAnalysis(RunFixture().summary()))
        #expect(analysis.sustained?.stage.window.index == 1)
        #expect(analysis.breaking?.stage.window.index == 2)
        #expect(analysis.breaking?.failures.map(\.threshold.source) == ["p(95)<500"])
    }

    @Test("the sentence gives the sustained throughput and latency and what broke above it")
    func sentence() throws {
        let sentence = try #require(CapacityAnalysis(RunFixture().summary())).sentence
        #expect(sentence.hasPrefix("Sustained 40 req/s with p95 10"))
        #expect(sentence.contains("at 60 req/s (stage 3 of browse, 20 → 40 vus) p95 reached"))
        #expect(sentence.hasSuffix("(threshold p(95)<500)."))
    }

    @Test("a failure at a light stage does not hide a heavier stage that held")
    func noisyLightStage() throws {
        var fixture = RunFixture()
        fixture.stages[0].latency = 800
        fixture.stages[2].latency = 120
        fixture.stages[2].failuresPerSecond = 0
        let analysis = try #require(CapacityAnalysis(fixture.summary()))
        #expect(analysis.sustained?.stage.window.index == 2)
        #expect(analysis.breaking == nil)
    }

    @Test("when even the lightest stage fails, nothing is sustained")
    func nothingHeld() throws {
        var fixture = RunFixture()
        for index in fixture.stages.indices { fixture.stages[index].latency = 700 }
        let analysis = try #require(CapacityAnalysis(fixture.summary()))
        #expect(analysis.sustained == nil)
        #expect(analysis.breaking?.stage.window.index == 0)
        #expect(analysis.sentence.hasPrefix("No stage held every threshold"))
    }

    @Test("a run at one load level has no capacity view")
    func singleLevel() {
        var fixture = RunFixture()
        for index in fixture.stages.indices { fixture.stages[index].vus = 10 }
        #expect(CapacityAnalysis(fixture.summary()) == nil)
    }

    @Test("sub-metric thresholds are listed as not judged per stage")
    func unjudged() throws {
        let subMetric = try Threshold(key: "http_req_duration{name:login}", expression: "p(95)<500")
        let stages = StageStatistics.all(in: RunFixture().summary())
        let analysis = try #require(CapacityAnalysis(stages: stages, thresholds: RunFixture.thresholds + [subMetric]))
        #expect(analysis.unjudgedThresholds == [subMetric])
    }
}
