import BarrageCore
import Testing

@Suite("Duration parsing")
struct DurationParsingTests {
    @Test(
        "accepts k6 notation",
        arguments: [
            ("500ms", Duration.milliseconds(500)),
            ("30s", .seconds(30)),
            ("2m", .seconds(120)),
            ("1h30m", .seconds(5400)),
            ("1.5s", .milliseconds(1500)),
            ("250us", .microseconds(250)),
            ("250µs", .microseconds(250)),
            ("10ns", .nanoseconds(10)),
            ("1d", .seconds(86_400)),
            ("1m30.25s", .milliseconds(90_250)),
            ("0", .zero),
            ("0s", .zero),
            (" 5s ", .seconds(5)),
        ]
    )
    func accepts(text: String, expected: Duration) {
        #expect(Duration(parsing: text) == expected)
    }

    @Test(
        "rejects anything else",
        arguments: ["", "5x", "-1s", "10", "s", "ms", ".s", "1h 30m", "1.5", "5 s", "1e3s", "99999999999999999999s"]
    )
    func rejects(text: String) {
        #expect(Duration(parsing: text) == nil)
    }
}
