import Foundation

/// How numbers read in every report: `212 ms`, `1.4 s`, `4,000`, `2.50%`, `1.2 MB`. One place, so the HTML,
/// Markdown, terminal and comparison views never disagree about a value. Locale-independent on purpose:
/// a report is shared between people whose machines differ.
enum ValueFormat {
    /// A duration given in milliseconds, scaled to µs, ms, s or minutes with about three significant digits.
    static func milliseconds(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude == 0 { return "0 ms" }
        if magnitude < 1 { return fixed(value * 1000, digits: magnitude < 0.01 ? 1 : 0) + " µs" }
        if magnitude < 10 { return fixed(value, digits: 2) + " ms" }
        if magnitude < 100 { return fixed(value, digits: 1) + " ms" }
        if magnitude < 1000 { return fixed(value, digits: 0) + " ms" }
        if magnitude < 60_000 { return trimmed(value / 1000, digits: 2) + " s" }
        let totalSeconds = Int((magnitude / 1000).rounded())
        let sign = value < 0 ? "-" : ""
        return "\(sign)\(totalSeconds / 60)m \(totalSeconds % 60)s"
    }

    /// A share in [0, 1] as a percentage with two decimals: `2.50%`.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "–" }
        return fixed(share * 100, digits: 2) + "%"
    }

    /// A signed change in percent for comparisons: `+50.0%`, `-3.2%`, `±0.0%`.
    static func change(_ percent: Double) -> String {
        guard percent.isFinite else { return percent > 0 ? "+∞" : "–" }
        let text = fixed(abs(percent), digits: 1)
        if text == "0.0" { return "±0.0%" }
        return (percent > 0 ? "+" : "-") + text + "%"
    }

    /// A count or rate with thousands separators and fewer decimals the larger it is: `4,000`, `13.3`, `0.25`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let magnitude = abs(value)
        if magnitude >= 100 || value.rounded() == value { return grouped(value.rounded()) }
        if magnitude >= 10 { return fixed(value, digits: 1) }
        return trimmed(value, digits: 2)
    }

    /// A whole count with thousands separators: `12,345`.
    static func count(_ value: UInt64) -> String {
        grouped(Double(value))
    }

    /// Bytes in SI units as k6 prints them: `512 B`, `4.1 kB`, `12 MB`.
    static func bytes(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let units = ["B", "kB", "MB", "GB", "TB"]
        var scaled = value
        var unit = 0
        while abs(scaled) >= 1000, unit < units.count - 1 {
            scaled /= 1000
            unit += 1
        }
        let digits = unit == 0 || abs(scaled) >= 100 ? 0 : 1
        return fixed(scaled, digits: digits) + " " + units[unit]
    }

    /// Seconds since the start as a clock reading, `m:ss` or `h:mm:ss`, for time axes and stage windows.
    static func clock(seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let hours = total / 3600
        let minutes = total / 60 % 60
        let secondsPart = total % 60
        let paddedSeconds = secondsPart < 10 ? "0\(secondsPart)" : "\(secondsPart)"
        if hours > 0 {
            let paddedMinutes = minutes < 10 ? "0\(minutes)" : "\(minutes)"
            return "\(hours):\(paddedMinutes):\(paddedSeconds)"
        }
        return "\(minutes):\(paddedSeconds)"
    }

    /// A wall-clock length in seconds as a person says it: `45s`, `2m 5s`, `1h 2m 3s`.
    static func duration(seconds: Double) -> String {
        guard seconds.isFinite else { return "–" }
        if seconds < 10 { return trimmed(seconds, digits: 2) + "s" }
        let total = Int(seconds.rounded())
        let parts = [(total / 3600, "h"), (total / 60 % 60, "m"), (total % 60, "s")]
        let shown = parts.drop { $0.0 == 0 }
        return shown.map { "\($0.0)\($0.1)" }.joined(separator: " ")
    }

    /// `value` with exactly `digits` decimals and thousands separators in the integer part.
    static func fixed(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", value)
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var integer = groupedDigits(String(parts[0]))
        if parts.count == 2 {
            integer += "." + parts[1]
        }
        let isZero = unsigned.allSatisfy { $0 == "0" || $0 == "." }
        return (negative && !isZero ? "-" : "") + integer
    }

    /// `value` with at most `digits` decimals, trailing zeros dropped: `1.4`, `1.43`, `2`.
    static func trimmed(_ value: Double, digits: Int) -> String {
        var text = fixed(value, digits: digits)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func grouped(_ value: Double) -> String {
        fixed(value, digits: 0)
    }

    private static func groupedDigits(_ digits: String) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 {
                result.append(",")
            }
            result.append(digit)
        }
        return result
    }
}
