/// One pass/fail condition of a run: `http_req_duration{name:login}: p(95)<500`, optionally aborting the
/// test as soon as it fails (k6's long form `{threshold, abortOnFail, delayAbortEval}`).
public struct Threshold: Sendable, Hashable {
    /// The metric or sub-metric the condition is about.
    public let selector: MetricSelector
    /// The parsed condition.
    public let expression: ThresholdExpression
    /// The expression exactly as written in the scenario, for reports and error messages.
    public let source: String
    /// Whether the run stops as soon as this threshold fails (after ``delayAbortEval``).
    public let abortOnFail: Bool
    /// How long into the run failures are tolerated before ``abortOnFail`` can trigger, so a cold start
    /// does not abort the test.
    public let delayAbortEval: Duration

    /// Creates a threshold from already parsed parts.
    public init(
        selector: MetricSelector,
        expression: ThresholdExpression,
        source: String? = nil,
        abortOnFail: Bool = false,
        delayAbortEval: Duration = .zero
    ) {
        self.selector = selector
        self.expression = expression
        self.source = source ?? expression.description
        self.abortOnFail = abortOnFail
        self.delayAbortEval = delayAbortEval
    }

    /// Parses a threshold from a scenario's key (`http_req_duration{name:login}`) and expression
    /// (`p(95)<500`). This checks syntax only; ``validate(in:)`` checks the metric exists and fits.
    public init(
        key: String,
        expression source: String,
        abortOnFail: Bool = false,
        delayAbortEval: Duration = .zero
    ) throws(ThresholdDefinitionError) {
        let selector: MetricSelector
        do {
            selector = try MetricSelector(parsing: key)
        } catch {
            throw .selector(error)
        }
        let expression: ThresholdExpression
        do {
            expression = try ThresholdExpression(parsing: source)
        } catch {
            throw .expression(error)
        }
        self.init(
            selector: selector,
            expression: expression,
            source: source,
            abortOnFail: abortOnFail,
            delayAbortEval: delayAbortEval
        )
    }

    /// The problem if the threshold names a metric `registry` does not know, or uses an aggregation the
    /// metric's kind lacks; `nil` when it can be evaluated. Unknown metrics are errors, never silent passes.
    public func validate(in registry: MetricRegistry = .builtin) -> ThresholdDefinitionError? {
        guard let definition = registry.definition(named: selector.metric) else {
            return .unknownMetric(selector.metric)
        }
        if let mismatch = expression.validate(for: definition.kind) {
            return .aggregationMismatch(metric: selector.metric, mismatch)
        }
        return nil
    }
}
