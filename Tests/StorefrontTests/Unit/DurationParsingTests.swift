import Testing

@testable import Storefront

@Suite struct DurationParsingTests {
    @Test(arguments: [
        ("500ms", Duration.milliseconds(500)), ("30s", .seconds(30)), ("15m", .seconds(900)),
        ("1h", .seconds(3600)), ("2d", .seconds(172_800)), ("45", .seconds(45)), ("1.5s", .milliseconds(1500)),
    ])
    func parsesUnits(text: String, expected: Duration) {
        #expect(DurationParsing.parse(text) == expected)
    }

    @Test(arguments: ["", "abc", "-5s", "10x", "s"])
    func rejectsMalformedText(text: String) {
        #expect(DurationParsing.parse(text) == nil)
    }
}
