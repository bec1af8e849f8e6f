import BarrageCore
import BarrageReports
import Foundation

/// Records N finished requests (and their iterations) into a `MetricsCollector` the way a run does, so
/// `valgrind --tool=callgrind` can count the instructions the recording path spends per sample.
/// `bench/recording-cost.sh` runs it at two sizes and divides the difference, which cancels start-up.
/// `RecordingCost soak` instead simulates the shipped soak scenario (an hour at 300 requests/s over five
/// request names) and prints the size of its `summary.json`.
///
///     RecordingCost N | RecordingCost soak [PATH to keep the summary.json]
if CommandLine.arguments.dropFirst().first == "soak" {
    SoakSize.print(writingTo: CommandLine.arguments.dropFirst(2).first)
    exit(0)
}
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
let start = ContinuousClock.now
let collector = MetricsCollector(startedAt: start)
// The stages of a stepped arrival-rate scenario, on the collector's clock (REMOVE-BEFORE-STAGES).
collector.trackStages((0..<4).map { index in
    StageWindow(
        scenario: "load", index: index, stageCount: 4, start: .seconds(index * 10), end: .seconds(index * 10 + 10),
        fromTarget: Double(index) * 1000, toTarget: Double(index + 1) * 1000, unit: "iterations/s"
    )
})
let requestTags: TagSet = ["scenario": "load", "name": "home", "method": "GET", "status": "200", "expected_response": "true"]
let iterationTags: TagSet = ["scenario": "load"]
for index in 0..<count {
    // 10,000 requests per second of simulated time, latencies spread over 1–10 ms.
    let completedAt = start + .microseconds(Int64(index) * 100)
    let latency = 1 + Double(index % 97) * 0.093
    collector.record(HTTPRequestSample(
        tags: requestTags, blocked: 0.004, connecting: 0, tlsHandshaking: 0, sending: 0.02, waiting: latency - 0.05,
        receiving: 0.03, duration: latency, failed: false, bytesSent: 96, bytesReceived: 180, completedAt: completedAt
    ))
    collector.record(IterationSample(tags: iterationTags, duration: latency + 0.01, startLag: 0.02, completedAt: completedAt))
}
let snapshot = collector.finalSnapshot(at: start + .seconds(60))
print("recorded \(count) requests; http_reqs =", snapshot.metrics["http_reqs"]?.asCounter?.sum ?? 0)
