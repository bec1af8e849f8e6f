/// A threshold as written in the file: the metric key (possibly with a tag filter) and its rules.
/// The key and expressions are parsed by the thresholds grammar during validation.
public struct ThresholdDefinition: Sendable {
    /// For example `http_req_duration` or `http_req_duration{name:login}`.
    public var metricKey: String
    public var keyLocation: SourceLocation
    public var rules: [ThresholdRule]

    public init(metricKey: String, keyLocation: SourceLocation, rules: [ThresholdRule]) {
        self.metricKey = metricKey
        self.keyLocation = keyLocation
        self.rules = rules
    }
}

/// One expression of a threshold, with k6's long-form options.
public struct ThresholdRule: Sendable {
    /// For example `p(95)<500`.
    public var expression: String
    /// Stop the whole run as soon as this rule fails.
    public var abortOnFail: Bool
    /// Do not abort before this much of the run has passed (lets early noise settle).
    public var delayAbortEval: Duration
    public var location: SourceLocation

    public init(
        expression: String,
        abortOnFail: Bool = false,
        delayAbortEval: Duration = .zero,
        location: SourceLocation
    ) {
        self.expression = expression
        self.abortOnFail = abortOnFail
        self.delayAbortEval = delayAbortEval
        self.location = location
    }
}
