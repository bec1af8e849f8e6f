import BarrageCore
import Foundation

extension Redaction {
    /// `summary` with secrets removed from every free text a report shows: error-sample bodies, messages
    /// and names, check names, and a password in the target URL.
    public func redact(_ summary: RunSummary) -> RunSummary {
        var redacted = summary
        redacted.errorSamples = summary.errorSamples.map { sample in
            var sample = sample
            sample.name = redact(sample.name)
            sample.body = redact(sample.body)
            sample.message = sample.message.map(redact)
            return sample
        }
        redacted.checks = summary.checks.map { check in
            var check = check
            check.name = redact(check.name)
            return check
        }
        redacted.run.target = redact(summary.run.target)
        return redacted
    }
}
