import BarrageCore
import BarrageReports
import Foundation
import Testing

@Suite("A run that recorded nothing")
struct EmptyRunTests {
    let summary = RunSummary(
        run: RunMetadata(
            name: "empty", scenarioFile: "empty.yaml", target: "http://127.0.0.1:1", startedAt: RunFixture.startedAt,
            endedAt: RunFixture.startedAt, barrageVersion: "0", host: "h", operatingSystem: "Linux", scenarios: [],
            interrupted: true, abortedByThreshold: false, insecure: false, exitCode: 130
        ),
        thresholds: ThresholdEvaluation(RunFixture.thresholds).evaluate(MetricsSnapshot(elapsed: .zero)),
        checks: [], stages: [], metrics: MetricsSnapshot(elapsed: .zero), errorSamples: []
    )

    @Test("every report still renders, saying there was no data")
    func rendersEverything() {
        #expect(HTMLReport.render(summary).contains("No per-second data was recorded."))
        #expect(MarkdownReport.render(summary).contains("## ❌ empty: INTERRUPTED"))
        #expect(TimeSeriesCSV.render(summary) == TimeSeriesCSV.columns.joined(separator: ",") + "\n")
        #expect(TextSummary.render(summary, colors: false).contains("no samples"))
    }

    @Test("thresholds without samples are JUnit failures")
    func junitFailures() {
        let xml = JUnitReport.render(summary)
        #expect(xml.contains("tests=\"2\" failures=\"2\""))
        #expect(xml.contains("observed no samples"))
    }
}
