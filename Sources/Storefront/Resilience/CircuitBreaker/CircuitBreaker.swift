/// Decides whether a call to a partner may go out, from the outcomes of recent calls.
///
/// After `failureThreshold` consecutive failures the breaker opens and calls fail fast, sparing
/// a struggling partner and our own threads. Once `openDuration` has passed, one trial call is
/// let through (half-open): its success closes the breaker, its failure opens it again. The
/// breaker holds no clock and does no I/O; callers pass `now`, so tests step through time exactly.
public struct CircuitBreaker: Sendable, Hashable {
    /// The breaker's position, as reported in metrics.
    public enum State: Sendable, Hashable {
        /// Calls go out; consecutive failures are counted.
        case closed
        /// Calls fail fast until the open period ends.
        case open
        /// One trial call is out (or may go out) to probe the partner.
        case halfOpen
    }

    /// Whether a call may go out.
    public enum Decision: Sendable, Hashable {
        /// Make the call and `record` its outcome.
        case allow
        /// Make the call as the half-open trial and `record` its outcome; its result decides the breaker's state.
        case allowTrial
        /// Do not call; the breaker will consider another call after `retryAfter`.
        case reject(retryAfter: Duration)
    }

    /// How a permitted call ended.
    public enum Outcome: Sendable, Hashable {
        /// The partner answered acceptably.
        case success
        /// The call failed in a way that counts against the partner (network error, timeout, 5xx).
        case failure
    }

    /// A change of state, returned so callers can log it and update gauges when it happens.
    public struct Transition: Sendable, Hashable {
        /// State before the event.
        public var from: State
        /// State after the event.
        public var to: State

        /// Creates a transition; public so callers' tests can state the transitions they expect.
        public init(from: State, to: State) {
            self.from = from
            self.to = to
        }
    }

    private enum Phase: Sendable, Hashable {
        case closed(consecutiveFailures: Int)
        case open(until: ContinuousClock.Instant)
        case halfOpen(trialStartedAt: ContinuousClock.Instant?)
    }

    /// Thresholds and delays this breaker applies.
    public let configuration: CircuitBreakerConfiguration
    private var phase: Phase = .closed(consecutiveFailures: 0)

    /// Creates a closed breaker.
    public init(configuration: CircuitBreakerConfiguration = CircuitBreakerConfiguration()) {
        self.configuration = configuration
    }

    /// The current state, for metrics and readiness output.
    public var state: State {
        switch phase {
        case .closed: .closed
        case .open: .open
        case .halfOpen: .halfOpen
        }
    }

    /// Consecutive failures counted while closed (0 in the other states).
    public var consecutiveFailures: Int {
        if case .closed(let failures) = phase { return failures }
        return 0
    }

    /// Asks whether a call may go out at `now`; moving from open to half-open happens here.
    ///
    /// A trial that never reports back does not wedge the breaker: after another `openDuration`
    /// a new trial is allowed.
    public mutating func requestPermission(now: ContinuousClock.Instant) -> Decision {
        switch phase {
        case .closed:
            return .allow
        case .open(let until):
            guard now >= until else { return .reject(retryAfter: until - now) }
            phase = .halfOpen(trialStartedAt: now)
            return .allowTrial
        case .halfOpen(let trialStartedAt?):
            let trialExpires = trialStartedAt.advanced(by: configuration.openDuration)
            guard now >= trialExpires else { return .reject(retryAfter: trialExpires - now) }
            phase = .halfOpen(trialStartedAt: now)
            return .allowTrial
        case .halfOpen(nil):
            phase = .halfOpen(trialStartedAt: now)
            return .allowTrial
        }
    }

    /// Records how a permitted call ended; returns the state change it caused, if any.
    ///
    /// Outcomes arriving while open (calls that started before the breaker opened) are ignored,
    /// so a slow straggler can neither close the breaker early nor prolong the open period.
    @discardableResult
    public mutating func record(_ outcome: Outcome, now: ContinuousClock.Instant) -> Transition? {
        let before = state
        switch (phase, outcome) {
        case (.closed, .success):
            phase = .closed(consecutiveFailures: 0)
        case (.closed(let failures), .failure):
            let failures = failures + 1
            phase =
                failures >= configuration.failureThreshold
                ? .open(until: now.advanced(by: configuration.openDuration))
                : .closed(consecutiveFailures: failures)
        case (.open, _):
            break
        case (.halfOpen, .success):
            phase = .closed(consecutiveFailures: 0)
        case (.halfOpen, .failure):
            phase = .open(until: now.advanced(by: configuration.openDuration))
        }
        return before == state ? nil : Transition(from: before, to: state)
    }
}
