import BarrageCore
import Testing

@Suite("Duration formatting")
struct DurationFormattingTests {
    @Test(
        "writes the shortest scenario notation",
        arguments: [
            (Duration.milliseconds(500), "500ms"),
            (.seconds(30), "30s"),
            (.seconds(90), "1m30s"),
            (.seconds(5400), "1h30m"),
            (.milliseconds(1500), "1.5s"),
            (.microseconds(250), "250us"),
            (.nanoseconds(1_500), "1.5us"),
            (.nanoseconds(7), "7ns"),
            (.zero, "0s"),
            (.seconds(3600), "1h"),
        ]
    )
    func formats(duration: Duration, expected: String) {
        #expect(duration.scenarioNotation == expected)
    }

    @Test(
        "formatting then parsing gives the same duration", arguments: ["1h2m3.004s", "750ms", "12us", "3ns", "59m59s"])
    func roundTrips(text: String) throws {
        let duration = try #require(Duration(parsing: text))
        #expect(Duration(parsing: duration.scenarioNotation) == duration)
    }
}
