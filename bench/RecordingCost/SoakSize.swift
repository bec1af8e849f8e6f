import BarrageCore
import BarrageReports
import Foundation

/// The size of `summary.json` after an hour-long soak (3,600 seconds at 300 requests/s, five request names,
/// one stage), so the cost of keeping per-second series and per-stage histograms is a measured number.
enum SoakSize {
    static func print(writingTo path: String? = nil) {
        let seconds = 3_600
        let perSecond = 300
        let start = ContinuousClock.now
        let collector = MetricsCollector(startedAt: start)
        let window = StageWindow(
            scenario: "steady", index: 0, stageCount: 1, start: .zero, end: .seconds(seconds),
            fromTarget: Double(perSecond), toTarget: Double(perSecond), unit: "iterations/s"
        )
        collector.trackStages([window])
        let names = ["list", "search", "product", "order", "orders"]
        var state: UInt64 = 42
        for second in 0..<seconds {
            for index in 0..<perSecond {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let unit = Double(state >> 11) / Double(1 << 53)
                // A long-tailed latency between 2 ms and a few seconds.
                let latency = 2 - log(1 - unit) * 15
                let at = start + .seconds(second) + .microseconds(Int64(index * 1_000_000 / perSecond))
                collector.record(HTTPRequestSample(
                    tags: ["scenario": "steady", "name": names[index % names.count], "method": "GET", "status": "200"],
                    sending: 0.02, waiting: latency, receiving: 0.05, failed: index % 500 == 0,
                    bytesSent: 200, bytesReceived: 1_500, completedAt: at
                ))
                collector.record(IterationSample(tags: ["scenario": "steady"], duration: latency + 0.2, startLag: 0.1, completedAt: at))
            }
            collector.record(.vus, value: 20, at: start + .seconds(second))
        }
        let metrics = collector.finalSnapshot(at: start + .seconds(seconds))
        let summary = RunSummary(
            run: RunMetadata(
                name: "soak", scenarioFile: "Scenarios/soak.yaml", target: "http://127.0.0.1:8080",
                startedAt: Date(), endedAt: Date(), barrageVersion: BarrageVersion.current, host: "bench",
                operatingSystem: "Linux", scenarios: [ScenarioDescription(name: "steady", executor: "constant-arrival-rate")],
                interrupted: false, abortedByThreshold: false, insecure: false, exitCode: 0
            ),
            thresholds: [], checks: [], stages: [window], metrics: metrics, errorSamples: []
        )
        guard let data = try? summary.encodedJSON() else { return }
        if let path { try? data.write(to: URL(fileURLWithPath: path)) }
        Swift.print("soak summary.json: \(data.count) bytes (\(String(format: "%.1f", Double(data.count) / 1_048_576)) MiB) for \(seconds) s, \(seconds * perSecond) requests")
    }
}
