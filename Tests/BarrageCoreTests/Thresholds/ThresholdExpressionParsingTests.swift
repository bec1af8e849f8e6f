import BarrageCore
import Testing

@Suite("Threshold expression parsing")
struct ThresholdExpressionParsingTests {
    @Test(
        "valid expressions parse into aggregation, operator and bound",
        arguments: [
            ("p(99.9)<1", ThresholdAggregation.percentile(99.9), ThresholdOperator.lessThan, 1.0),
            ("avg<=100", .avg, .lessThanOrEqual, 100),
            ("rate<0.01", .rate, .lessThan, 0.01),
            ("count>0", .count, .greaterThan, 0),
            ("p(95) < 500", .percentile(95), .lessThan, 500),
            ("med!=3", .med, .notEqual, 3),
            ("value>=0", .value, .greaterThanOrEqual, 0),
            ("  max == 2.5 ", .max, .equal, 2.5),
            ("min>-1", .min, .greaterThan, -1),
            ("p ( 0 ) >= 0", .percentile(0), .greaterThanOrEqual, 0),
            ("p(100)<=10", .percentile(100), .lessThanOrEqual, 10),
        ])
    func valid(text: String, aggregation: ThresholdAggregation, comparison: ThresholdOperator, bound: Double) throws {
        let expression = try ThresholdExpression(parsing: text)
        #expect(expression == ThresholdExpression(aggregation: aggregation, comparison: comparison, bound: bound))
    }

    @Test(
        "invalid expressions report what was expected and where",
        arguments: [
            ("p(101)<1", 2, ThresholdExpressionError.Problem.percentileOutOfRange(101)),
            ("p(-1)<1", 2, .percentileOutOfRange(-1)),
            ("p95<1", 1, .expectedOpeningParenthesis),
            ("p(95<1", 4, .expectedClosingParenthesis),
            ("p()<1", 2, .expectedPercentile),
            ("avg<", 4, .expectedNumber(after: "<")),
            ("avg<abc", 4, .expectedNumber(after: "<")),
            ("foo<1", 0, .expectedAggregation),
            ("", 0, .expectedAggregation),
            ("avg<1 2", 6, .trailingText(after: "1")),
            ("p(95) 500", 6, .expectedOperator(after: "p(95)")),
            ("avg=1", 3, .expectedOperator(after: "avg")),
            ("avg<1.", 5, .trailingText(after: "1")),
        ])
    func invalid(text: String, column: Int, problem: ThresholdExpressionError.Problem) {
        #expect(throws: ThresholdExpressionError(expression: text, column: column, problem: problem)) {
            try ThresholdExpression(parsing: text)
        }
    }

    @Test("error messages name the expectation and the column")
    func messages() {
        let cases: [(String, String)] = [
            ("foo<1", "expected one of avg, min, max, med, p(N), rate, count, value at column 0"),
            ("p(101)<1", "p(N) needs 0 ≤ N ≤ 100, got 101 at column 2"),
            ("p(95) 500", "expected a comparison operator (<, <=, >, >=, ==, !=) after 'p(95)' at column 6"),
            ("avg<500 ms", "trailing text after 500 at column 8"),
        ]
        for (text, message) in cases {
            do {
                _ = try ThresholdExpression(parsing: text)
                Issue.record("'\(text)' parsed")
            } catch {
                #expect(error.description == message)
            }
        }
    }

    @Test("the canonical text re-parses to the same expression")
    func roundTrip() throws {
        let expression = try ThresholdExpression(parsing: " p( 99.9 ) <= 1.5 ")
        #expect(expression.description == "p(99.9)<=1.5")
        #expect(try ThresholdExpression(parsing: expression.description) == expression)
    }
}
