/// A parsed `Retry-After` header: either a number of seconds or an HTTP date (RFC 9110 §10.2.3).
public enum RetryAfter: Sendable, Hashable {
    /// `Retry-After: 120`.
    case seconds(Int)
    /// `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`, as seconds since the Unix epoch.
    case date(unixSeconds: Int64)

    /// Parses the header value; `nil` when it is neither a non-negative integer nor an IMF-fixdate.
    public init?(headerValue: String) {
        let trimmed = headerValue.trimmingSpaces
        if let seconds = Int(trimmed) {
            guard seconds >= 0 else { return nil }
            self = .seconds(seconds)
        } else if let date = HTTPDate.unixSeconds(fromIMFFixdate: trimmed) {
            self = .date(unixSeconds: date)
        } else {
            return nil
        }
    }

    /// The wait this header asks for at `nowUnixSeconds` (a date in the past means no wait).
    public func delay(nowUnixSeconds: Double) -> Duration {
        switch self {
        case .seconds(let seconds):
            return .seconds(seconds)
        case .date(let unixSeconds):
            let remaining = Double(unixSeconds) - nowUnixSeconds
            return remaining > 0 ? .milliseconds(Int64((remaining * 1000).rounded(.up))) : .zero
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[first...last]
    }
}
