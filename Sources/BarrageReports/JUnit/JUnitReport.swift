import BarrageCore
import Foundation

/// `junit.xml`: the run as one test suite so CI systems show its thresholds and checks natively — one
/// test case per threshold (a failed one carries the observed value) and one per check (failed when any
/// evaluation failed).
public enum JUnitReport {
    /// Renders the XML document.
    public static func render(_ summary: RunSummary) -> String {
        var cases = summary.thresholds.map(thresholdCase) + summary.checks.map(checkCase)
        if let generator = summary.generator, summary.run.failOnGeneratorBound == true {
            cases.append(
                TestCase(
                    className: "generator", name: "barrage was not the bottleneck",
                    failure: generator.isBound ? ("generator-bound", generator.sentence) : nil
                ))
        }
        let failures = cases.filter { $0.failure != nil }.count
        let duration = String(format: "%.3f", Swift.max(summary.run.durationSeconds, 0))
        let suiteAttributes = [
            ("name", summary.run.name),
            ("tests", "\(cases.count)"),
            ("failures", "\(failures)"),
            ("errors", "0"),
            ("skipped", "0"),
            ("time", duration),
            ("timestamp", summary.run.startedAt.formatted(.iso8601)),
            ("hostname", summary.run.host),
        ]
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"barrage\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" time=\"\(duration)\">\n"
        xml += "  <testsuite \(attributes(suiteAttributes))>\n"
        xml += "    <properties>\n"
        for (name, value) in properties(summary) {
            xml += "      <property \(attributes([("name", name), ("value", value)]))/>\n"
        }
        xml += "    </properties>\n"
        for testCase in cases {
            xml += testCase.xml
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    private struct TestCase {
        var className: String
        var name: String
        var failure: (type: String, message: String)?

        var xml: String {
            let open = "    <testcase \(attributes([("classname", className), ("name", name), ("time", "0")]))"
            guard let failure else { return open + "/>\n" }
            return open + ">\n"
                + "      <failure \(attributes([("type", failure.type), ("message", failure.message)]))>\(failure.message.xmlEscaped)</failure>\n"
                + "    </testcase>\n"
        }
    }

    private static func thresholdCase(_ result: ThresholdResult) -> TestCase {
        let selector = result.threshold.selector.description
        return TestCase(
            className: "thresholds.\(selector)",
            name: "\(selector): \(result.threshold.source)",
            failure: result.passed ? nil : ("threshold", "\(selector) \(result.threshold.source) failed: observed \(result.observedText)")
        )
    }

    private static func checkCase(_ check: CheckResult) -> TestCase {
        let total = check.passes + check.fails
        let message = "\(check.fails) of \(total) evaluations failed (\(ValueFormat.percent(total > 0 ? Double(check.fails) / Double(total) : 0)))"
        return TestCase(className: "checks", name: check.name, failure: check.fails > 0 ? ("check", message) : nil)
    }

    private static func properties(_ summary: RunSummary) -> [(String, String)] {
        [
            ("target", summary.run.target),
            ("scenarioFile", summary.run.scenarioFile),
            ("barrageVersion", summary.run.barrageVersion),
            ("interrupted", "\(summary.run.interrupted)"),
            ("abortedByThreshold", "\(summary.run.abortedByThreshold)"),
            ("insecure", "\(summary.run.insecure)"),
            ("exitCode", "\(summary.run.exitCode)"),
        ]
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\"\($0.1.xmlEscaped)\"" }.joined(separator: " ")
    }
}
