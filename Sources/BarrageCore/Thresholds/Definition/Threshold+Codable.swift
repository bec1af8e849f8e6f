extension Threshold: Codable {
    private enum CodingKeys: String, CodingKey {
        case metric, expression, source, abortOnFail, delayAbortEvalSeconds
    }

    /// Reads the shape written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let delay = try container.decode(Double.self, forKey: .delayAbortEvalSeconds)
        self.init(
            selector: try container.decode(MetricSelector.self, forKey: .metric),
            expression: try container.decode(ThresholdExpression.self, forKey: .expression),
            source: try container.decode(String.self, forKey: .source),
            abortOnFail: try container.decode(Bool.self, forKey: .abortOnFail),
            delayAbortEval: .nanoseconds(Int64((delay * 1e9).rounded()))
        )
    }

    /// Writes the selector and expression as text and the delay in seconds, so `summary.json` reads like the
    /// scenario file rather than like Swift's `Duration` encoding.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(selector, forKey: .metric)
        try container.encode(expression, forKey: .expression)
        try container.encode(source, forKey: .source)
        try container.encode(abortOnFail, forKey: .abortOnFail)
        try container.encode(delayAbortEval.seconds, forKey: .delayAbortEvalSeconds)
    }
}
