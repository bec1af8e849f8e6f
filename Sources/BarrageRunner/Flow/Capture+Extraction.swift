import BarrageCore
import Foundation
import Synchronization

extension Capture {
    /// The captured text, or nil when the response does not hold it (the variable is then unset
    /// and a later step that needs it fails with a check instead of sending a wrong request).
    func extract(from response: inout ResponseView) -> VariableValue? {
        switch source {
        case .jsonPath(let path):
            return response.value(at: path).map(VariableValue.init)
        case .header(let name):
            return response.result.headers[name].map(VariableValue.text)
        case .regex(let pattern):
            return RegexCache.shared.firstCapture(of: pattern, in: response.bodyText).map(VariableValue.text)
        }
    }
}

/// Compiled regular expressions by pattern. Patterns were validated when the plan was loaded,
/// so compiling cannot fail here; compiling once keeps the per-response cost down.
final class RegexCache: Sendable {
    static let shared = RegexCache()
    private let compiled = Mutex<[String: NSRegularExpression]>([:])

    func expression(_ pattern: String) -> NSRegularExpression? {
        compiled.withLock { compiled in
            if let existing = compiled[pattern] { return existing }
            let expression = try? NSRegularExpression(pattern: pattern)
            compiled[pattern] = expression
            return expression
        }
    }

    /// The first capture group of the first match (the whole match when there is no group).
    func firstCapture(of pattern: String, in text: String) -> String? {
        guard let expression = expression(pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range) else { return nil }
        let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
        guard let swiftRange = Range(group, in: text) else { return nil }
        return String(text[swiftRange])
    }

    func matches(_ pattern: String, _ text: String) -> Bool {
        guard let expression = expression(pattern) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
