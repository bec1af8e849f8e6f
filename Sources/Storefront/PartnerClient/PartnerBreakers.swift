import Synchronization

/// One `CircuitBreaker` per partner, shared by every concurrent call, with the clock injectable so tests
/// can step past the open period instead of sleeping through it.
public final class PartnerBreakers: Sendable {
    private let breakers = Mutex<[Partner: CircuitBreaker]>([:])
    private let configuration: CircuitBreakerConfiguration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let onChange: @Sendable (Partner, CircuitBreaker.State) -> Void

    /// Creates closed breakers; `onChange` sees every state change (the metrics gauge uses it).
    public init(
        configuration: CircuitBreakerConfiguration,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
        onChange: @escaping @Sendable (Partner, CircuitBreaker.State) -> Void = { _, _ in }
    ) {
        self.configuration = configuration
        self.now = now
        self.onChange = onChange
    }

    /// Asks `partner`'s breaker whether a call may go out now.
    public func requestPermission(for partner: Partner) -> CircuitBreaker.Decision {
        let instant = now()
        let (decision, change) = breakers.withLock { breakers in
            var breaker = breakers[partner] ?? CircuitBreaker(configuration: configuration)
            let before = breaker.state
            let decision = breaker.requestPermission(now: instant)
            breakers[partner] = breaker
            return (decision, before == breaker.state ? nil : breaker.state)
        }
        if let change { onChange(partner, change) }
        return decision
    }

    /// Records how a permitted call to `partner` ended.
    public func record(_ outcome: CircuitBreaker.Outcome, for partner: Partner) {
        let instant = now()
        let transition = breakers.withLock { breakers in
            var breaker = breakers[partner] ?? CircuitBreaker(configuration: configuration)
            defer { breakers[partner] = breaker }
            return breaker.record(outcome, now: instant)
        }
        if let transition { onChange(partner, transition.to) }
    }

    /// `partner`'s breaker state, for metrics and tests.
    public func state(of partner: Partner) -> CircuitBreaker.State {
        breakers.withLock { $0[partner]?.state ?? .closed }
    }
}
