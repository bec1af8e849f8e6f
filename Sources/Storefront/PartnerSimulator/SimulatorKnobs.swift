/// How the partner simulator misbehaves, changeable while it runs (`POST /_control`), so load scenarios
/// and tests can make the partners slow, failing, hanging or rate limiting on demand.
public struct SimulatorKnobs: Codable, Sendable, Equatable {
    /// Added to every answer, in milliseconds.
    public var latencyMilliseconds: Int
    /// Share of calls answered 503.
    public var failureRate: Double
    /// Share of calls that hang for `hangMilliseconds` (past the storefront's timeout) before answering.
    public var timeoutRate: Double
    /// Share of calls answered 429 with `Retry-After: 1`.
    public var rateLimitRate: Double
    /// How long a "timeout" call hangs, in milliseconds.
    public var hangMilliseconds: Int

    /// Creates knobs; the defaults are a healthy partner 20 ms away.
    public init(latencyMilliseconds: Int = 20, failureRate: Double = 0, timeoutRate: Double = 0, rateLimitRate: Double = 0, hangMilliseconds: Int = 15_000) {
        self.latencyMilliseconds = latencyMilliseconds
        self.failureRate = failureRate
        self.timeoutRate = timeoutRate
        self.rateLimitRate = rateLimitRate
        self.hangMilliseconds = hangMilliseconds
    }

    enum CodingKeys: String, CodingKey {
        case latencyMilliseconds = "latency_ms"
        case failureRate = "failure_rate"
        case timeoutRate = "timeout_rate"
        case rateLimitRate = "rate_limit_rate"
        case hangMilliseconds = "hang_ms"
    }

    /// The problems with these knobs (rates outside 0…1 or summing past 1, negative times); empty when valid.
    public var problems: [String] {
        var problems: [String] = []
        for (name, rate) in [("failure_rate", failureRate), ("timeout_rate", timeoutRate), ("rate_limit_rate", rateLimitRate)]
        where !(0...1).contains(rate) {
            problems.append("\(name) must be between 0 and 1, got \(rate)")
        }
        if failureRate + timeoutRate + rateLimitRate > 1 {
            problems.append("failure_rate + timeout_rate + rate_limit_rate must not exceed 1")
        }
        if latencyMilliseconds < 0 || hangMilliseconds < 0 {
            problems.append("latency_ms and hang_ms must not be negative")
        }
        return problems
    }

    /// The fault for a call whose uniform roll in `0..<1` is `roll`: the rates are stacked as consecutive
    /// slices (timeouts, then 429s, then 503s), so each rate is exactly that share of calls.
    public func fault(roll: Double) -> SimulatedFault? {
        if roll < timeoutRate { return .hang }
        if roll < timeoutRate + rateLimitRate { return .rateLimited }
        if roll < timeoutRate + rateLimitRate + failureRate { return .serverError }
        return nil
    }
}

/// How the simulator spoils one call.
public enum SimulatedFault: Sendable, Hashable {
    /// Answer only after `hangMilliseconds`.
    case hang
    /// Answer 429 with `Retry-After: 1`.
    case rateLimited
    /// Answer 503.
    case serverError
}
