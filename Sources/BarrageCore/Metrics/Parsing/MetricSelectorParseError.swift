/// Why a threshold key such as `http_req_duration{name:login}` could not be read, and where.
public struct MetricSelectorParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Sendable, Hashable {
        /// The key does not start with a metric name.
        case expectedMetricName
        /// A character that cannot appear in a metric name.
        case unexpectedCharacter(Character)
        /// A filter has no tag key (`{:login}` or `{}`).
        case expectedTagKey
        /// A tag key is not followed by `:` (`{name}`).
        case expectedColon(afterKey: String)
        /// A tag has no value (`{name:}`).
        case expectedTagValue(key: String)
        /// A quoted value has no closing quote.
        case unterminatedQuote
        /// The filter list is not closed with `}`.
        case expectedClosingBrace
        /// Something follows the closing `}`, or a `}` appears with no `{`.
        case trailingText(String)
        /// The same tag key appears twice.
        case duplicateKey(String)
    }

    /// The key as written.
    public let text: String
    /// 0-based offset in ``text`` where the problem starts.
    public let column: Int
    /// What went wrong.
    public let problem: Problem

    /// Creates an error.
    public init(text: String, column: Int, problem: Problem) {
        self.text = text
        self.column = column
        self.problem = problem
    }

    /// A message that names the problem and the column, e.g. `expected ':' after tag key 'name' at column 22`.
    public var description: String {
        "\(problemDescription) at column \(column)"
    }

    private var problemDescription: String {
        switch problem {
        case .expectedMetricName:
            "expected a metric name"
        case .unexpectedCharacter(let character):
            "unexpected '\(character)' in metric name"
        case .expectedTagKey:
            "expected a tag key"
        case .expectedColon(let key):
            "expected ':' after tag key '\(key)'"
        case .expectedTagValue(let key):
            "expected a value for tag '\(key)'"
        case .unterminatedQuote:
            "missing closing quote"
        case .expectedClosingBrace:
            "expected ',' or '}' to close the tag filters"
        case .trailingText(let text):
            "unexpected '\(text)' after the selector"
        case .duplicateKey(let key):
            "tag '\(key)' is filtered twice"
        }
    }
}
