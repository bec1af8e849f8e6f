import Foundation

/// The date notation of `summary.json`: ISO-8601 in UTC with milliseconds, read back with or without them
/// so hand-edited or older files still load.
enum SummaryDateFormat {
    static let withMilliseconds = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    static let wholeSeconds = Date.ISO8601FormatStyle()

    /// Parses ISO-8601 with or without fractional seconds.
    static func parse(_ text: String) -> Date? {
        (try? withMilliseconds.parse(text)) ?? (try? wholeSeconds.parse(text))
    }
}
