import BarrageCore
import Testing

@testable import BarrageReports

@Suite("Run charts")
struct RunChartsTests {
    @Test("the latency chart has a line per http_req_duration threshold at its bound, and none for others")
    func thresholdRules() {
        let chart = RunCharts.latency(RunFixture().summary())
        #expect(chart.rules.map(\.value) == [500])
        #expect(chart.rules.map(\.label) == ["p(95)<500"])
    }

    @Test("one slow outlier second does not set the latency axis")
    func outlierIsCutOff() {
        var summary = RunFixture().summary()
        summary.metrics.series[5].latency?.p99 = 60_000
        summary.metrics.series[5].latency?.max = 60_000
        let chart = RunCharts.latency(summary)
        #expect(chart.yScale(.left).upper < 5_000)
        #expect(chart.isClipped)
        #expect(chart.svg(id: "latency").contains("are cut off"))
    }

    @Test("every stage is a shaded band labelled with its load")
    func stageBands() {
        let bands = RunCharts.stageBands(RunFixture().summary())
        #expect(bands.map(\.label) == ["S1 10 vus", "S2 10 → 20 vus", "S3 20 → 40 vus"])
        #expect(bands.map(\.start) == [0, 4, 8])
    }

    @Test("seconds without requests leave gaps in the latency lines instead of dropping to zero")
    func gaps() {
        var summary = RunFixture().summary()
        summary.metrics.series[3].latency = nil
        let p50 = RunCharts.latency(summary).series[0]
        #expect(p50.points[3].y == nil)
        #expect(p50.points[4].y != nil)
    }
}

@Suite("Run charts for arrival-rate stages")
struct ArrivalRateChartTests {
    @Test("the load chart plots iterations against the stages' target rate")
    func targetRate() {
        var summary = RunFixture().summary()
        summary.stages = [
            StageWindow(scenario: "open", index: 0, stageCount: 2, start: .zero, end: .seconds(6), fromTarget: 0, toTarget: 20, unit: "iterations/s"),
            StageWindow(scenario: "open", index: 1, stageCount: 2, start: .seconds(6), end: .seconds(12), fromTarget: 20, toTarget: 20, unit: "iterations/s"),
        ]
        let chart = RunCharts.load(summary)
        let target = chart.series.first { $0.name == "target iterations/s" }
        #expect(target?.axis == .right)
        #expect(target?.points.map(\.y) == [0, 20, 20, 20])
        #expect(!chart.series.contains { $0.name == "target VUs" })
    }
}
