import Testing

@testable import Storefront

@Suite("Circuit breaker")
struct CircuitBreakerTests {
    private let t0 = ContinuousClock.now

    private func at(_ seconds: Double) -> ContinuousClock.Instant {
        t0.advanced(by: .milliseconds(Int64(seconds * 1000)))
    }

    /// A breaker that has just opened at `t0` after five failures.
    private func openedBreaker() -> CircuitBreaker {
        var breaker = CircuitBreaker()
        for _ in 0..<5 {
            _ = breaker.requestPermission(now: t0)
            breaker.record(.failure, now: t0)
        }
        return breaker
    }

    @Test func newBreakerIsClosedAndAllowsCalls() {
        var breaker = CircuitBreaker()
        #expect(breaker.state == .closed)
        #expect(breaker.requestPermission(now: t0) == .allow)
    }

    @Test func fourConsecutiveFailuresKeepItClosed() {
        var breaker = CircuitBreaker()
        for _ in 0..<4 { breaker.record(.failure, now: t0) }
        #expect(breaker.state == .closed)
        #expect(breaker.consecutiveFailures == 4)
    }

    @Test func fifthConsecutiveFailureOpensItAndReportsTheTransition() {
        var breaker = CircuitBreaker()
        for _ in 0..<4 { breaker.record(.failure, now: t0) }
        #expect(breaker.record(.failure, now: t0) == .init(from: .closed, to: .open))
        #expect(breaker.state == .open)
    }

    @Test func successResetsTheFailureCount() {
        var breaker = CircuitBreaker()
        for _ in 0..<4 { breaker.record(.failure, now: t0) }
        breaker.record(.success, now: t0)
        for _ in 0..<4 { breaker.record(.failure, now: t0) }
        #expect(breaker.state == .closed)
    }

    @Test func openBreakerRejectsWithTheTimeLeft() {
        var breaker = openedBreaker()
        #expect(breaker.requestPermission(now: at(10)) == .reject(retryAfter: .seconds(20)))
    }

    @Test func justBeforeTheOpenPeriodEndsCallsAreStillRejected() {
        var breaker = openedBreaker()
        #expect(breaker.requestPermission(now: at(29.999)) == .reject(retryAfter: .milliseconds(1)))
        #expect(breaker.state == .open)
    }

    @Test func afterTheOpenPeriodOneTrialIsAllowedAndTheBreakerIsHalfOpen() {
        var breaker = openedBreaker()
        #expect(breaker.requestPermission(now: at(30)) == .allowTrial)
        #expect(breaker.state == .halfOpen)
    }

    @Test func whileTheTrialIsOutOtherCallsAreRejected() {
        var breaker = openedBreaker()
        _ = breaker.requestPermission(now: at(30))
        guard case .reject = breaker.requestPermission(now: at(31)) else {
            Issue.record("a second call during the trial must be rejected")
            return
        }
    }

    @Test func successfulTrialClosesTheBreaker() {
        var breaker = openedBreaker()
        _ = breaker.requestPermission(now: at(30))
        #expect(breaker.record(.success, now: at(30.2)) == .init(from: .halfOpen, to: .closed))
        #expect(breaker.requestPermission(now: at(30.3)) == .allow)
    }

    @Test func failedTrialReopensForAFullOpenPeriod() {
        var breaker = openedBreaker()
        _ = breaker.requestPermission(now: at(30))
        #expect(breaker.record(.failure, now: at(31)) == .init(from: .halfOpen, to: .open))
        #expect(breaker.requestPermission(now: at(60)) == .reject(retryAfter: .seconds(1)))
        #expect(breaker.requestPermission(now: at(61)) == .allowTrial)
    }

    @Test func trialThatNeverReportsIsReplacedAfterAnotherOpenPeriod() {
        var breaker = openedBreaker()
        _ = breaker.requestPermission(now: at(30))
        #expect(breaker.requestPermission(now: at(60)) == .allowTrial)
    }

    @Test func outcomesOfCallsStartedBeforeOpeningAreIgnored() {
        var breaker = openedBreaker()
        #expect(breaker.record(.success, now: at(1)) == nil)
        #expect(breaker.state == .open)
        breaker.record(.failure, now: at(20))
        #expect(breaker.requestPermission(now: at(30)) == .allowTrial, "a late failure must not extend the open period")
    }

    @Test func thresholdAndDelayAreConfigurable() {
        var breaker = CircuitBreaker(configuration: .init(failureThreshold: 1, openDuration: .seconds(2)))
        breaker.record(.failure, now: t0)
        #expect(breaker.state == .open)
        #expect(breaker.requestPermission(now: at(2)) == .allowTrial)
    }

    @Test func statesExportAsDistinctGaugeValues() {
        #expect([CircuitBreaker.State.closed, .open, .halfOpen].map(\.gaugeValue) == [0, 1, 2])
    }
}
