import Logging

/// Reads typed values from raw strings while collecting problems instead of stopping at the first.
struct ConfigurationValues {
    let values: [ConfigurationKey: String]
    private(set) var problems: [ConfigurationError.Problem] = []

    init(values: [ConfigurationKey: String]) {
        self.values = values
    }

    mutating func fail(_ key: ConfigurationKey, _ reason: String) {
        problems.append(.init(key: key, reason: reason))
    }

    mutating func string(_ key: ConfigurationKey) -> String {
        if let value = values[key] ?? key.defaultValue {
            return value
        }
        fail(key, "is required")
        return ""
    }

    mutating func integer(_ key: ConfigurationKey, in range: ClosedRange<Int>) -> Int {
        let text = string(key)
        guard let value = Int(text), range.contains(value) else {
            fail(key, "must be an integer in \(range.lowerBound)…\(range.upperBound), got \"\(text)\"")
            return range.lowerBound
        }
        return value
    }

    mutating func duration(_ key: ConfigurationKey) -> Duration {
        let text = string(key)
        guard let value = DurationParsing.parse(text) else {
            fail(key, "must be a duration such as 500ms, 30s, 15m or 1h, got \"\(text)\"")
            return .zero
        }
        return value
    }

    /// A duration that must be longer than zero (timeouts and intervals).
    mutating func positiveDuration(_ key: ConfigurationKey) -> Duration {
        duration(key, atLeast: .nanoseconds(1), "must be longer than zero")
    }

    /// A duration of at least `minimum`; a shorter one is reported with `reason` (unless it did not even parse).
    mutating func duration(_ key: ConfigurationKey, atLeast minimum: Duration, _ reason: String) -> Duration {
        let value = duration(key)
        if value < minimum, problems.allSatisfy({ $0.key != key }) {
            fail(key, reason)
        }
        return value
    }

    mutating func databaseURL(_ key: ConfigurationKey) -> DatabaseURL? {
        let text = string(key)
        guard let url = DatabaseURL(text) else {
            fail(key, "must be postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]")
            return DatabaseURL(host: "invalid", username: "invalid", password: nil, database: "invalid")
        }
        return url
    }

    mutating func logLevel(_ key: ConfigurationKey) -> Logger.Level {
        let text = string(key).lowercased()
        guard let level = Logger.Level(rawValue: text == "warn" ? "warning" : text) else {
            fail(key, "must be one of trace, debug, info, notice, warning, error, critical, got \"\(text)\"")
            return .info
        }
        return level
    }
}
