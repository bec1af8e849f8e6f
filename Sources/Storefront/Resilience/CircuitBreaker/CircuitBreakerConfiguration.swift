/// When a `CircuitBreaker` opens and how long it stays open; configurable per partner.
public struct CircuitBreakerConfiguration: Sendable, Hashable {
    /// Consecutive failures that open the breaker.
    public var failureThreshold: Int
    /// How long the breaker stays open before letting a trial call through.
    public var openDuration: Duration

    /// Creates a configuration; the defaults are the architecture template's (5 failures, 30 s).
    public init(failureThreshold: Int = 5, openDuration: Duration = .seconds(30)) {
        precondition(failureThreshold > 0, "a breaker must tolerate at least one failure before opening")
        self.failureThreshold = failureThreshold
        self.openDuration = openDuration
    }
}
