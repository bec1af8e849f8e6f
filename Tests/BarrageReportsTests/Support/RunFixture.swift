import BarrageCore
import Foundation

/// A small but complete run, recorded through the real ``MetricsCollector``: three 4-second stages at 10,
/// 20 and 40 VUs. Stages 1 and 2 answer fast; stage 3 is slow (900 ms) and fails some requests, so the
/// p95 threshold fails while the failure-rate threshold holds, and capacity breaks at stage 3.
struct RunFixture {
    /// Requests per second per stage, and their latency in milliseconds.
    struct StagePlan {
        var vus: Double
        var requestsPerSecond: Int
        var latency: Double
        var failuresPerSecond: Int
    }

    static let stageSeconds = 4
    static let startedAt = Date(timeIntervalSince1970: 1_790_000_000)

    var stages: [StagePlan] = [
        StagePlan(vus: 10, requestsPerSecond: 20, latency: 50, failuresPerSecond: 0),
        StagePlan(vus: 20, requestsPerSecond: 40, latency: 100, failuresPerSecond: 0),
        StagePlan(vus: 40, requestsPerSecond: 60, latency: 900, failuresPerSecond: 6),
    ]
    var latencyFactor = 1.0
    var requestNames = ["home", "login"]
    var errorBody = "<script>alert('owned')</script>"
    var checkName = "status is 200"

    static let thresholds: [Threshold] = [
        try! Threshold(key: "http_req_duration", expression: "p(95)<500"),
        try! Threshold(key: "http_req_failed", expression: "rate<0.5"),
    ]

    var seconds: Int { stages.count * Self.stageSeconds }

    /// Whole seconds after the last stage in which its slowest requests finish.
    var tailSeconds: Int {
        Int(((stages.map(\.latency).max() ?? 0) * latencyFactor * 1.1 / 1000).rounded(.up))
    }

    func snapshot() -> MetricsSnapshot {
        let start = ContinuousClock.now
        let collector = MetricsCollector(startedAt: start)
        collector.trackStages(stageWindows())
        for second in 0..<seconds {
            let plan = stages[second / Self.stageSeconds]
            let secondStart = start + .seconds(second)
            collector.record(.vus, value: plan.vus, at: secondStart + .milliseconds(1))
            collector.record(.vusMax, value: 40, at: secondStart + .milliseconds(1))
            for index in 0..<plan.requestsPerSecond {
                let failed = index < plan.failuresPerSecond
                let latency = plan.latency * latencyFactor * (0.9 + 0.2 * Double(index) / Double(plan.requestsPerSecond))
                // Sent within the second, finished `latency` later (slow stages spill into the tail seconds).
                let sentAt = secondStart + .milliseconds(10 + index * 900 / plan.requestsPerSecond)
                let at = sentAt + .microseconds(Int64(latency * 1000))
                collector.record(
                    HTTPRequestSample(
                        tags: ["name": requestNames[index % requestNames.count], "method": "GET", "scenario": "browse"],
                        sending: 0.1, waiting: latency - 0.2, receiving: 0.1,
                        failed: failed, bytesSent: 120, bytesReceived: 2_000, completedAt: at
                    ))
                collector.record(IterationSample(tags: ["scenario": "browse"], duration: latency + 5, completedAt: at))
                collector.record(.checks, value: failed ? 0 : 1, tags: ["check": checkName], at: at)
            }
        }
        // The run ends once the slowest request has finished, just before a second begins.
        return collector.finalSnapshot(at: start + .seconds(seconds + tailSeconds) - .milliseconds(1))
    }

    func stageWindows() -> [StageWindow] {
        var previous = 0.0
        return stages.enumerated().map { index, plan in
            defer { previous = plan.vus }
            return StageWindow(
                scenario: "browse", index: index, stageCount: stages.count,
                start: .seconds(index * Self.stageSeconds), end: .seconds((index + 1) * Self.stageSeconds),
                fromTarget: index == 0 ? plan.vus : previous, toTarget: plan.vus, unit: "vus"
            )
        }
    }

    func summary() -> RunSummary {
        let metrics = snapshot()
        let checkTotals = stages.reduce((passes: UInt64(0), fails: UInt64(0))) { totals, plan in
            let perSecond = UInt64(plan.requestsPerSecond)
            let failing = UInt64(plan.failuresPerSecond)
            return (totals.passes + (perSecond - failing) * UInt64(Self.stageSeconds), totals.fails + failing * UInt64(Self.stageSeconds))
        }
        return RunSummary(
            run: RunMetadata(
                name: "checkout-load", scenarioFile: "Scenarios/checkout.yaml", target: "http://127.0.0.1:8080",
                startedAt: Self.startedAt, endedAt: Self.startedAt.addingTimeInterval(Double(seconds)),
                barrageVersion: "0.1.0-test", host: "ci-runner", operatingSystem: "Linux",
                scenarios: [ScenarioDescription(name: "browse", executor: "ramping-vus")],
                interrupted: false, abortedByThreshold: false, insecure: true, exitCode: 99
            ),
            thresholds: ThresholdEvaluation(Self.thresholds).evaluate(metrics),
            checks: [
                CheckResult(name: checkName, passes: checkTotals.passes, fails: checkTotals.fails),
                CheckResult(name: "body has items", passes: 10, fails: 0),
            ],
            stages: stageWindows(),
            metrics: metrics,
            errorSamples: [
                ErrorSample(
                    name: "login", method: "GET", status: 500, errorCategory: "http_5xx",
                    message: "upstream failed", body: errorBody),
                ErrorSample(
                    name: "home", method: "GET", status: nil, errorCategory: "timeout",
                    message: "request timed out after 1s", body: ""),
            ]
        )
    }
}
