/// Scenario files write durations the way k6 and Go do (`500ms`, `1h30m`, `1.5s`), so k6 users can
/// copy their options across unchanged.
extension Duration {
    /// Parses a duration such as `500ms`, `30s`, `2m`, `1h30m`, `1.5s` or `250us`.
    ///
    /// Units are `ns`, `us` (or `µs`), `ms`, `s`, `m`, `h` and `d`; each number may have a fraction and
    /// numbers with units may be chained. A bare `0` is accepted; any other unit-less number is
    /// rejected because it is ambiguous (k6 reads it as milliseconds, Go as nanoseconds). Returns nil
    /// for anything else, including negative values.
    public init?(parsing text: String) {
        guard let nanoseconds = DurationSyntax.nanoseconds(in: text) else { return nil }
        self = .nanoseconds(nanoseconds)
    }
}

/// The grammar behind `Duration(parsing:)`, kept apart so the arithmetic stays exact: whole and
/// fractional digits are combined in integer nanoseconds, never through `Double`.
enum DurationSyntax {
    /// Nanoseconds per unit. A unit is all the text between one number and the next, so `ms` is
    /// never mistaken for `m`.
    static let units: [(name: String, nanoseconds: Int64)] = [
        ("ns", 1),
        ("us", 1_000),
        ("µs", 1_000),
        ("μs", 1_000),
        ("ms", 1_000_000),
        ("s", 1_000_000_000),
        ("m", 60_000_000_000),
        ("h", 3_600_000_000_000),
        ("d", 86_400_000_000_000),
    ]

    static func nanoseconds(in text: String) -> Int64? {
        var rest = Substring(text).trimmingWhitespace()
        if rest == "0" { return 0 }
        guard !rest.isEmpty else { return nil }
        var total: Int64 = 0
        while !rest.isEmpty {
            let whole = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(whole.count)
            var fraction: Substring = ""
            if rest.first == "." {
                rest = rest.dropFirst()
                fraction = rest.prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty else { return nil }
            let unitName = rest.prefix { !($0.isASCII && ($0.isNumber || $0 == ".")) }
            guard let unit = unitNamed(unitName) else { return nil }
            rest = rest.dropFirst(unitName.count)
            guard let value = amount(whole: whole, fraction: fraction, unit: unit) else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = sum
        }
        return total
    }

    private static func unitNamed(_ name: Substring) -> Int64? {
        units.first { $0.name == name }?.nanoseconds
    }

    /// `whole.fraction` units in nanoseconds; digits beyond nanosecond precision are dropped.
    private static func amount(whole: Substring, fraction: Substring, unit: Int64) -> Int64? {
        let wholeValue = whole.isEmpty ? 0 : Int64(whole)
        guard let wholeValue else { return nil }
        let (scaled, overflow) = wholeValue.multipliedReportingOverflow(by: unit)
        guard !overflow else { return nil }
        var fractionValue: Int64 = 0
        var scale = unit
        for digit in fraction {
            scale /= 10
            guard scale > 0, let digitValue = digit.wholeNumberValue else { break }
            fractionValue += Int64(digitValue) * scale
        }
        let (sum, sumOverflow) = scaled.addingReportingOverflow(fractionValue)
        return sumOverflow ? nil : sum
    }
}

extension Substring {
    /// The text without leading and trailing spaces, tabs and newlines.
    fileprivate func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return self[first...last]
    }
}
