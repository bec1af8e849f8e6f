import BarrageReports
import Foundation

/// Where the CLI writes: standard output for summaries, standard error for progress and problems. Every
/// line goes through the same ``Redaction`` as the report files, because terminal output ends up in CI
/// logs just as reports do (a credential in a target URL echoed by a validation error, a secret in an
/// error sample's message).
struct Console: Sendable {
    /// What is removed before anything is printed.
    var redaction: Redaction

    /// A console redacting header credentials, URL passwords and `secrets`.
    init(secrets: [String] = []) {
        self.redaction = Redaction(secrets: secrets)
    }

    /// Prints `text` and a newline on standard output.
    func out(_ text: String) {
        print(redaction.redact(text))
    }

    /// Writes `text` as it is (add the newline yourself) on standard error.
    func error(_ text: String) {
        FileHandle.standardError.write(Data(redaction.redact(text).utf8))
    }
}
