/// Messages and check names echo durations in the same notation the file uses, so `lt: 500ms`
/// becomes the check `duration < 500ms` rather than `0.5 seconds`.
extension Duration {
    /// The shortest scenario-file notation: `500ms`, `30s`, `1m30s`, `1h30m`, `1.5s`, `250us`, `0s`.
    public var scenarioNotation: String {
        let nanoseconds = totalNanoseconds
        guard nanoseconds != 0 else { return "0s" }
        let sign = nanoseconds < 0 ? "-" : ""
        let magnitude = nanoseconds.magnitude
        if magnitude < 1_000_000_000 {
            return sign + Self.subsecond(magnitude)
        }
        let hours = magnitude / 3_600_000_000_000
        let minutes = magnitude / 60_000_000_000 % 60
        let secondNanoseconds = magnitude % 60_000_000_000
        var text = sign
        if hours > 0 { text += "\(hours)h" }
        if minutes > 0 { text += "\(minutes)m" }
        if secondNanoseconds > 0 { text += Self.decimal(secondNanoseconds, per: 1_000_000_000) + "s" }
        return text
    }

    /// Whole nanoseconds, rounding attoseconds toward zero.
    var totalNanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }

    private static func subsecond(_ nanoseconds: UInt64) -> String {
        if nanoseconds >= 1_000_000 { return decimal(nanoseconds, per: 1_000_000) + "ms" }
        if nanoseconds >= 1_000 { return decimal(nanoseconds, per: 1_000) + "us" }
        return "\(nanoseconds)ns"
    }

    /// `value / unit` written with as many fraction digits as needed and no trailing zeros.
    private static func decimal(_ value: UInt64, per unit: UInt64) -> String {
        let whole = value / unit
        var remainder = value % unit
        guard remainder > 0 else { return "\(whole)" }
        var digits = ""
        var scale = unit
        while remainder > 0 {
            scale /= 10
            digits.append(Character(String(remainder / scale)))
            remainder %= scale
        }
        return "\(whole).\(digits)"
    }
}
