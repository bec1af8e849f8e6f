import Testing

@testable import BarrageReports

@Suite("Value formatting")
struct ValueFormatTests {
    @Test(
        "durations scale to a readable unit",
        arguments: [
            (0.25, "250 µs"), (4.213, "4.21 ms"), (42.16, "42.2 ms"), (212.4, "212 ms"), (1_400, "1.4 s"),
            (1_425, "1.43 s"), (125_000, "2m 5s"),
        ])
    func milliseconds(value: Double, expected: String) {
        #expect(ValueFormat.milliseconds(value) == expected)
    }

    @Test(
        "numbers get thousands separators and fewer decimals as they grow",
        arguments: [
            (4_000.0, "4,000"), (1_234_567.4, "1,234,567"), (13.33, "13.3"), (0.25, "0.25"), (-1_500, "-1,500"),
        ])
    func numbers(value: Double, expected: String) {
        #expect(ValueFormat.number(value) == expected)
    }

    @Test("changes carry a sign")
    func changes() {
        #expect(ValueFormat.change(50) == "+50.0%")
        #expect(ValueFormat.change(-3.21) == "-3.2%")
        #expect(ValueFormat.change(0) == "±0.0%")
    }

    @Test("bytes use SI units like k6")
    func bytes() {
        #expect(ValueFormat.bytes(512) == "512 B")
        #expect(ValueFormat.bytes(4_100) == "4.1 kB")
        #expect(ValueFormat.bytes(960_000) == "960 kB")
    }
}
