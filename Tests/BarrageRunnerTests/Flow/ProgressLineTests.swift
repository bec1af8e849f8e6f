import BarrageCore
import Testing

@testable import BarrageRunner

@Suite("the progress line")
struct ProgressLineTests {
    @Test("shows time, stage, VUs, throughput, p95, errors and the threshold mark")
    func layout() {
        let line = ProgressLine(
            elapsed: .seconds(65), total: .seconds(540), stage: "browse 1/3", activeVUs: 54, allocatedVUs: 100,
            requestsPerSecond: 142.26, p95: 12.41, errorRate: 0.0012, failingThresholds: 1, stopping: false
        )
        let text = line.render(barWidth: 10)
        #expect(text.hasPrefix("[=         ]  1:05/9:00  stage browse 1/3  VUs 54/100  142.3 req/s  p95 12.4ms  errors 0.12%"))
        #expect(text.hasSuffix("✗ 1 threshold failing"))
        let plain = ProgressLine(
            elapsed: .seconds(3700), total: .seconds(7200), stage: nil, activeVUs: 1, allocatedVUs: 1,
            requestsPerSecond: 0, p95: nil, errorRate: nil, failingThresholds: 0, stopping: true
        ).render(barWidth: 0)
        #expect(plain == "1:01:40/2:00:00  VUs 1/1  0.0 req/s  p95 –  errors –  ✓ thresholds  stopping…")
    }

    @Test("the stage label names the first staged scenario running at that moment")
    func stageLabel() throws {
        let plan = try ValidatedPlan.parse(
            yaml: """
                target: http://127.0.0.1:1
                scenarios:
                  ramp:
                    executor: ramping-vus
                    stages: [{ duration: 10s, target: 5 }, { duration: 20s, target: 5 }]
                    flow: [{ get: / }]
                """, file: "s.yaml", environment: [:]
        ).plan
        let windows = StageWindow.windows(of: plan)
        #expect(ProgressLine.stageLabel(windows: windows, at: .seconds(3)) == "ramp 1/2")
        #expect(ProgressLine.stageLabel(windows: windows, at: .seconds(15)) == "ramp 2/2")
        #expect(ProgressLine.stageLabel(windows: windows, at: .seconds(31)) == nil)
    }
}
