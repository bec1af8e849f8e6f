import Logging
import RedisWire
import Synchronization

/// Every Redis call of the server goes through here: a circuit breaker in front of the pool, so a dead
/// or stalled Redis costs a few requests one short timeout each and then nothing at all (calls fail at
/// once and callers use PostgreSQL or an in-memory limiter) until a trial call finds Redis back.
///
/// It is itself `RedisCommands`, so any code written against that protocol gets the breaker for free.
public final class RedisGuard: RedisCommands, Sendable {
    /// The pool; runs as a service of the application.
    public let pool: RedisConnectionPool
    private let breaker: Mutex<CircuitBreaker>
    private let now: @Sendable () -> ContinuousClock.Instant
    private let logger: Logger
    private let metrics: RedisMetrics

    /// Wraps `pool`; `breaker` decides when to stop calling and when to probe again.
    init(
        pool: RedisConnectionPool,
        breaker: CircuitBreakerConfiguration = CircuitBreakerConfiguration(failureThreshold: 3, openDuration: .seconds(1)),
        metrics: RedisMetrics,
        logger: Logger,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.pool = pool
        self.breaker = Mutex(CircuitBreaker(configuration: breaker))
        self.metrics = metrics
        self.logger = logger
        self.now = now
    }

    /// The breaker's state: `.closed` while Redis answers, `.open` while calls are skipped.
    public var state: CircuitBreaker.State { breaker.withLock { $0.state } }

    /// Sends `command` unless the breaker is open (then `connectFailed` at once, without I/O). A Redis error
    /// reply (`.server`) says Redis is up, so it does not count against the breaker.
    public func send(command: [RedisArgument]) async throws(RedisError) -> RESPValue {
        let decision = breaker.withLock { $0.requestPermission(now: now()) }
        if case .reject = decision {
            metrics.skipped.increment()
            throw .connectFailed(address: pool.configuration.address, reason: "circuit breaker open")
        }
        do {
            let reply = try await pool.send(command: command)
            record(.success)
            return reply
        } catch {
            record(error.countsAgainstAvailability ? .failure : .success)
            throw error
        }
    }

    /// Runs `body` through the breaker; `nil` when skipped or failed (the failure is logged and counted),
    /// which is what callers with a fallback want.
    func call<Result: Sendable>(
        _ operation: StaticString,
        _ body: (RedisGuard) async throws(RedisError) -> Result
    ) async -> Result? {
        do {
            return try await body(self)
        } catch {
            metrics.failures.increment()
            logger.debug("Redis call failed", metadata: ["operation": "\(operation)", "error": "\(error)"])
            return nil
        }
    }

    private func record(_ outcome: CircuitBreaker.Outcome) {
        let transition = breaker.withLock { $0.record(outcome, now: now()) }
        guard let transition else { return }
        metrics.breakerState.set(Int64(transition.to.gaugeValue))
        let level: Logger.Level = transition.to == .open ? .warning : .notice
        logger.log(level: level, "Redis circuit breaker \(transition.from.label) -> \(transition.to.label)")
    }
}

extension RedisError {
    /// Whether this error means Redis is unreachable or too slow (rather than a refused command).
    var countsAgainstAvailability: Bool {
        if case .server = self { return false }
        return true
    }
}
