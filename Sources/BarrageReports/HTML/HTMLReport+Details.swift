import BarrageCore
import Foundation

extension HTMLReport {
    /// How many characters of a response body an error sample shows.
    static let bodyPreviewLength = 1_000

    /// A few failed requests, with status, category, message and the start of the body, all escaped.
    static func errorSamplesSection(_ summary: RunSummary) -> String? {
        guard !summary.errorSamples.isEmpty else { return nil }
        let samples = summary.errorSamples.map { sample in
            var facts = ["\(sample.method) \(sample.name)"]
            facts.append(sample.status.map { "status \($0)" } ?? "no response")
            if let category = sample.errorCategory { facts.append("category \(category)") }
            var html = "<div class=\"sample\">\n<strong>\(facts.joined(separator: " · ").htmlEscaped)</strong>"
            if let message = sample.message, !message.isEmpty {
                html += "\n" + HTMLPage.paragraph(message)
            }
            if !sample.body.isEmpty {
                html += "\n<pre>\(truncated(sample.body).htmlEscaped)</pre>"
            }
            return html + "\n</div>"
        }
        return HTMLPage.section(id: "error-samples", title: "Error samples", samples.joined(separator: "\n"))
    }

    static func truncated(_ body: String) -> String {
        guard body.count > bodyPreviewLength else { return body }
        return String(body.prefix(bodyPreviewLength)) + "\n… (\(body.count - bodyPreviewLength) more characters)"
    }

    /// Facts about the run for whoever finds the report months later.
    static func metadataSection(_ summary: RunSummary) -> String {
        let run = summary.run
        let scenarios = run.scenarios.map { "\($0.name) (\($0.executor))" }.joined(separator: ", ")
        let facts: [(String, String)] = [
            ("plan", run.name),
            ("scenario file", run.scenarioFile),
            ("scenarios", scenarios.isEmpty ? "–" : scenarios),
            ("target", run.target),
            ("started", run.startedAt.formatted(.iso8601)),
            ("ended", run.endedAt.formatted(.iso8601)),
            ("duration", ValueFormat.duration(seconds: run.durationSeconds)),
            ("interrupted", run.interrupted ? "yes" : "no"),
            ("aborted by threshold", run.abortedByThreshold ? "yes" : "no"),
            ("TLS verification", run.insecure ? "disabled (--insecure)" : "enabled"),
            ("exit code", "\(run.exitCode)"),
            ("barrage version", run.barrageVersion),
            ("host", run.host),
            ("operating system", run.operatingSystem),
        ]
        let list = facts.map { "<dt>\($0.0.htmlEscaped)</dt><dd>\($0.1.htmlEscaped)</dd>" }.joined(separator: "\n")
        return HTMLPage.section(id: "run", title: "Run", "<dl>\n\(list)\n</dl>")
    }
}
