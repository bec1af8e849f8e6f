import BarrageCore
import Testing

@Suite("Abort on fail")
struct ThresholdAbortTests {
    private func failingSnapshot(at seconds: Int64) -> MetricsSnapshot {
        MetricsSnapshot(elapsed: .seconds(seconds), metrics: ["http_req_failed": .rate(RateAggregate(passes: 5, fails: 5))])
    }

    private func evaluation(abortOnFail: Bool, delay: Duration) throws -> ThresholdEvaluation {
        ThresholdEvaluation([
            try Threshold(key: "http_req_failed", expression: "rate<0.01", abortOnFail: abortOnFail, delayAbortEval: delay)
        ])
    }

    @Test("a failing abort-on-fail threshold does not abort before its delay")
    func waitsForDelay() throws {
        var monitor = ThresholdAbortMonitor(try evaluation(abortOnFail: true, delay: .seconds(10)))
        #expect(monitor.check(failingSnapshot(at: 9)) == .continueRun)
        #expect(!monitor.hasAborted)
    }

    @Test("a failing abort-on-fail threshold aborts once its delay has passed")
    func abortsAfterDelay() throws {
        let evaluation = try evaluation(abortOnFail: true, delay: .seconds(10))
        var monitor = ThresholdAbortMonitor(evaluation)
        guard case .abort(let failing) = monitor.check(failingSnapshot(at: 10)) else {
            Issue.record("expected an abort")
            return
        }
        #expect(failing.map(\.threshold) == evaluation.thresholds)
        #expect(monitor.hasAborted)
    }

    @Test("the abort is requested once")
    func abortsOnce() throws {
        var monitor = ThresholdAbortMonitor(try evaluation(abortOnFail: true, delay: .zero))
        _ = monitor.check(failingSnapshot(at: 1))
        #expect(monitor.check(failingSnapshot(at: 2)) == .continueRun)
    }

    @Test("a failing threshold without abortOnFail never aborts")
    func onlyAbortOnFail() throws {
        var monitor = ThresholdAbortMonitor(try evaluation(abortOnFail: false, delay: .zero))
        #expect(monitor.check(failingSnapshot(at: 60)) == .continueRun)
    }

    @Test("a threshold without samples yet does not abort the run")
    func noSamplesDoNotAbort() throws {
        var monitor = ThresholdAbortMonitor(try evaluation(abortOnFail: true, delay: .zero))
        #expect(monitor.check(MetricsSnapshot(elapsed: .seconds(5))) == .continueRun)
    }
}
