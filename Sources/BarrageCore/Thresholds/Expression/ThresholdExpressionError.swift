/// Why a threshold expression could not be read, and where: the 0-based column in the expression text
/// and what was expected there, so validation can point at the exact character.
public struct ThresholdExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Sendable, Hashable {
        /// The expression does not start with a known aggregation (`foo<1`).
        case expectedAggregation
        /// `p` is not followed by `(` (`p95<1`).
        case expectedOpeningParenthesis
        /// `p(` is not followed by a number (`p(x)<1`).
        case expectedPercentile
        /// The percentile is not closed with `)`.
        case expectedClosingParenthesis
        /// The percentile is outside 0…100 (`p(101)<1`).
        case percentileOutOfRange(Double)
        /// No comparison operator follows the aggregation (`avg 1`, `avg=1`).
        case expectedOperator(after: String)
        /// No number follows the operator (`avg<`, `avg<abc`).
        case expectedNumber(after: String)
        /// Text remains after a complete expression (`avg<1 2`).
        case trailingText(after: String)
    }

    /// The expression as written.
    public let expression: String
    /// 0-based offset in ``expression`` where the problem starts.
    public let column: Int
    /// What went wrong.
    public let problem: Problem

    /// Creates an error.
    public init(expression: String, column: Int, problem: Problem) {
        self.expression = expression
        self.column = column
        self.problem = problem
    }

    /// A message such as `expected a comparison operator (<, <=, >, >=, ==, !=) after 'p(95)' at column 5`.
    public var description: String {
        "\(problemDescription) at column \(column)"
    }

    private var problemDescription: String {
        switch problem {
        case .expectedAggregation:
            "expected one of avg, min, max, med, p(N), rate, count, value"
        case .expectedOpeningParenthesis:
            "expected '(' after 'p' (percentiles are written p(95))"
        case .expectedPercentile:
            "expected a number N in p(N)"
        case .expectedClosingParenthesis:
            "expected ')' to close p(N)"
        case .percentileOutOfRange(let percentile):
            "p(N) needs 0 ≤ N ≤ 100, got \(percentile.compactDescription)"
        case .expectedOperator(let after):
            "expected a comparison operator (<, <=, >, >=, ==, !=) after '\(after)'"
        case .expectedNumber(let after):
            "expected a number after '\(after)'"
        case .trailingText(let after):
            "trailing text after \(after)"
        }
    }
}
