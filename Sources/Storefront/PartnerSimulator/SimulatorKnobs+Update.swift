/// A `POST /_control` body: any subset of the knobs; the fields present replace the current values.
struct SimulatorKnobsUpdate: Decodable, Sendable {
    var latencyMilliseconds: Int?
    var failureRate: Double?
    var timeoutRate: Double?
    var rateLimitRate: Double?
    var hangMilliseconds: Int?

    /// The same JSON names as the knobs themselves.
    typealias CodingKeys = SimulatorKnobs.CodingKeys

    /// `knobs` with the fields of this update applied.
    func applied(to knobs: SimulatorKnobs) -> SimulatorKnobs {
        var knobs = knobs
        knobs.latencyMilliseconds = latencyMilliseconds ?? knobs.latencyMilliseconds
        knobs.failureRate = failureRate ?? knobs.failureRate
        knobs.timeoutRate = timeoutRate ?? knobs.timeoutRate
        knobs.rateLimitRate = rateLimitRate ?? knobs.rateLimitRate
        knobs.hangMilliseconds = hangMilliseconds ?? knobs.hangMilliseconds
        return knobs
    }
}

extension SimulatorKnobs {
    /// Milliseconds in a duration written like the configuration's (`20ms`, `1.5s`), for the command line.
    public static func milliseconds(from text: String) -> Int? {
        DurationParsing.parse(text).map { Int($0 / .milliseconds(1)) }
    }
}
