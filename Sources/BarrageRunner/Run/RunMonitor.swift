import BarrageCore
import Foundation
import Synchronization

/// The run's once-a-second duties while scenarios execute: sample the VU gauges, redraw the
/// progress line, and evaluate thresholds (every `thresholdInterval`) to honour `abortOnFail`.
final class RunMonitor: Sendable {
    private let evaluation: ThresholdEvaluation
    private let collector: MetricsCollector
    private let recorder: MetricsRecorder
    private let accounting: VUAccounting
    private let stop: StopController
    private let progress: RunOptions.ProgressMode
    private let thresholdInterval: Duration
    private let windows: [StageWindow]
    private let total: Duration
    private let state: Mutex<State>

    private struct State {
        var abortMonitor: ThresholdAbortMonitor
        var failingThresholds = 0
        var lastRequests: Double = 0
        var lastTick: ContinuousClock.Instant?
        var lastPrinted: ContinuousClock.Instant?
        var lastThresholdCheck: ContinuousClock.Instant?
        var drewLine = false
    }

    init(
        plan: TestPlan, evaluation: ThresholdEvaluation, collector: MetricsCollector, recorder: MetricsRecorder,
        accounting: VUAccounting, stop: StopController, progress: RunOptions.ProgressMode, thresholdInterval: Duration
    ) {
        self.evaluation = evaluation
        self.collector = collector
        self.recorder = recorder
        self.accounting = accounting
        self.stop = stop
        self.progress = progress
        self.thresholdInterval = thresholdInterval
        self.windows = StageWindow.windows(of: plan)
        self.total = plan.scenarios.map { ScenarioTimeline(scenario: $0).scheduleEnd }.max() ?? .zero
        self.state = Mutex(State(abortMonitor: ThresholdAbortMonitor(evaluation)))
    }

    /// Ticks once a second until cancelled.
    func run() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .seconds(1))
            } catch {
                return
            }
            tick(now: .now)
        }
    }

    /// Ends the redrawn line so the summary starts on a fresh one.
    func finish() {
        let drew = state.withLock { $0.drewLine }
        if drew { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func tick(now: ContinuousClock.Instant) {
        recorder.recordVUs(active: accounting.active, allocated: accounting.allocated)
        let snapshot = collector.snapshot(at: now)
        let (abort, line) = state.withLock { state -> (ThresholdAbortMonitor.Action, String?) in
            var action = ThresholdAbortMonitor.Action.continueRun
            if state.lastThresholdCheck.map({ now - $0 >= thresholdInterval }) ?? true {
                state.lastThresholdCheck = now
                let results = evaluation.evaluate(snapshot)
                state.failingThresholds = results.filter { !$0.passed }.count
                action = state.abortMonitor.check(results, elapsed: snapshot.elapsed)
            }
            let requests = snapshot.metrics["http_reqs"].map(Self.count) ?? 0
            let interval = state.lastTick.map { (now - $0).seconds } ?? snapshot.elapsed.seconds
            let rate = interval > 0 ? (requests - state.lastRequests) / interval : 0
            state.lastRequests = requests
            state.lastTick = now
            return (action, render(snapshot: snapshot, rate: rate, state: &state, now: now))
        }
        if case .abort = abort {
            stop.requestStop(.thresholdAborted)
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    private func render(snapshot: MetricsSnapshot, rate: Double, state: inout State, now: ContinuousClock.Instant) -> String? {
        let line = ProgressLine(
            elapsed: snapshot.elapsed,
            total: total,
            stage: ProgressLine.stageLabel(windows: windows, at: snapshot.elapsed),
            activeVUs: accounting.active,
            allocatedVUs: accounting.allocated,
            requestsPerSecond: rate,
            p95: snapshot.metrics["http_req_duration"].flatMap(Self.p95),
            errorRate: snapshot.metrics["http_req_failed"].flatMap(Self.rate),
            failingThresholds: state.failingThresholds,
            stopping: stop.isStopping
        )
        switch progress {
        case .off:
            return nil
        case .redrawn:
            state.drewLine = true
            return "\r\u{1B}[2K" + line.render(barWidth: 20)
        case .periodic(let interval):
            if let last = state.lastPrinted, now - last < interval { return nil }
            state.lastPrinted = now
            return line.render(barWidth: 0) + "\n"
        }
    }

    private static func count(_ aggregate: MetricAggregate) -> Double {
        if case .counter(let counter) = aggregate { return counter.sum }
        return 0
    }

    private static func p95(_ aggregate: MetricAggregate) -> Double? {
        if case .trend(let trend) = aggregate { return trend.percentile(95) }
        return nil
    }

    private static func rate(_ aggregate: MetricAggregate) -> Double? {
        if case .rate(let rate) = aggregate { return rate.rate }
        return nil
    }
}
